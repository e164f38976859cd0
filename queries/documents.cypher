// Every document (one notice of a source file) with how many events it gave.
MATCH (d:Document)
OPTIONAL MATCH (e:Event)-[:IN_DOCUMENT]->(d)
RETURN d.id AS id, d.path AS path, d.title AS title, d.doc_number AS doc_number, d.issuer AS issuer,
       d.date AS date, count(e) AS events
ORDER BY path, date, title
