// A person's career: every post held (or nominated to), oldest first. $person_id: Person.id.
// The API reads the rest of each answer item from TenureDetail by the tenure id.
MATCH (x:Person {id: $person_id})-[h:HELD]->(p:Post)
RETURN h.status AS status, h.sure_from AS sure_from, h.sure_until AS sure_until,
       h.probation_until AS probation_until, h.id AS id
ORDER BY h.start_earliest, h.start_latest, p.name
