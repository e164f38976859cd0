// Notices read from several documents: each copy with the Document kept in its place and how many of
// the kept events it also prints (see graph_builder/resolve/copies.py). No parameters.
MATCH (c:Document)
WHERE c.copy_of <> ''
MATCH (d:Document {id: c.copy_of})
OPTIONAL MATCH (e:Event)-[:IN_DOCUMENT]->(c)
RETURN d.doc_number AS doc_number, d.title AS title, d.path AS kept, d.id AS kept_id, c.path AS copy,
       c.id AS copy_id, c.url AS copy_url, count(e) AS events
ORDER BY doc_number, title, kept, copy
