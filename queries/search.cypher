// People, posts and organisations whose name contains $q (a simplified-script key: the API
// converts what the user typed), at most $limit of each.
MATCH (x:Person) WHERE x.key CONTAINS $q
RETURN 'person' AS type, x.id AS id, x.name AS name, x.jurisdiction AS detail
LIMIT $limit
UNION ALL
MATCH (p:Post) WHERE p.key CONTAINS $q
RETURN 'post' AS type, p.id AS id, p.name AS name, p.org_name AS detail
LIMIT $limit
UNION ALL
MATCH (o:Organisation) WHERE o.key CONTAINS $q
RETURN 'organisation' AS type, o.id AS id, o.name AS name, o.jurisdiction AS detail
LIMIT $limit
