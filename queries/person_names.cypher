// Every person's id, display name and search key (the API's name index).
MATCH (x:Person) RETURN x.id AS id, x.name AS name, x.key AS key
