// One person: the display name, every printed form, and why mentions were taken as this person.
MATCH (x:Person {id: $person_id})
RETURN x.id AS person_id, x.name AS person, x.names AS names, x.merge_reasons AS reasons
