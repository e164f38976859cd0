// Every document (one notice of a source file) with how many events it gave, where it was published
// (url, '' when unknown) and, for a copy of a notice kept from another file, the Document kept (copy_of).
MATCH (d:Document)
OPTIONAL MATCH (e:Event)-[:IN_DOCUMENT]->(d)
RETURN d.id AS id, d.path AS path, d.title AS title, d.doc_number AS doc_number, d.issuer AS issuer,
       d.date AS date, d.url AS url, d.copy_of AS copy_of, count(e) AS events
ORDER BY path, date, title
