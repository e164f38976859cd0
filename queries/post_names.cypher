// Every post's id, name, organisation and search key (the API's post index).
MATCH (p:Post) RETURN p.id AS id, p.name AS name, p.key AS key, p.org_name AS org
