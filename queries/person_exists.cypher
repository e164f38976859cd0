// Whether a person id exists (the API accepts a person id wherever it takes a name).
MATCH (x:Person {id: $person_id}) RETURN x.id AS id
