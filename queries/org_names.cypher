// Every organisation's id, name, search key and the organisation it is part of (the API's index).
MATCH (o:Organisation)
OPTIONAL MATCH (o)-[:PART_OF]->(u:Organisation)
RETURN o.id AS id, o.name AS name, o.key AS key, u.id AS parent
