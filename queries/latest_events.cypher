// The $limit most recent events, newest first.
MATCH (e:Event)-[:ABOUT]->(x:Person)
RETURN e.id AS event_id, e.date AS date, e.date_latest AS date_latest, e.action AS action,
       x.id AS person_id, x.name AS person, e.post AS post, e.doc AS document, e.doc_number AS doc_number,
       e.evidence AS evidence
ORDER BY e.date_latest DESC, e.id
LIMIT $limit
