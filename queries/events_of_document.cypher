// The events read from a document: $doc is a file path as built, a 文号, or a Document.id.
MATCH (e:Event)-[:IN_DOCUMENT]->(d:Document)
WHERE d.path = $doc OR d.doc_number = $doc OR d.id = $doc
MATCH (e)-[:ABOUT]->(x:Person)
MATCH (e)-[:ABOUT_POST]->(p:Post)
RETURN d.id AS document_id, d.path AS path, d.title AS title, d.doc_number AS doc_number,
       d.date AS doc_date, e.id AS event_id, e.action AS action, e.kind AS kind,
       e.person AS person_printed, e.post AS post_printed, e.date AS date,
       e.qualifiers AS qualifiers, e.evidence AS evidence, e.span_start AS span_start,
       e.span_end AS span_end, x.id AS person_id, x.name AS person, p.id AS post_id, p.name AS post
ORDER BY d.path, e.span_start, e.date, e.id
