// The posts a person held or was nominated to, to tell namesakes apart. $person_id: Person.id.
MATCH (x:Person {id: $person_id})-[h:HELD]->(p:Post)
RETURN p.name AS post, h.start_date AS start_date, h.end_date AS end_date, h.status AS status
ORDER BY h.start_earliest
