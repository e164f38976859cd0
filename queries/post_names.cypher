// Every post's id, name and search key (the API's post index).
MATCH (p:Post) RETURN p.id AS id, p.name AS name, p.key AS key
