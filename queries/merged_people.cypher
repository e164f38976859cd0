// People resolved from more than one mention, with the recorded reasons for each merge.
MATCH (x:Person) WHERE size(x.merge_reasons) > 0
RETURN x.id AS person_id, x.name AS person, x.names AS names, x.merge_reasons AS reasons
ORDER BY x.name
