// Every post of an organisation and of the organisations within it. $org_id: Organisation.id.
// (PART_OF*0..30: the organisation itself, and its units however deep; nesting is 5 levels at most.)
MATCH (o:Organisation {id: $org_id})
MATCH (p:Post)-[:OF]->(u:Organisation)-[:PART_OF*0..30]->(o)
RETURN DISTINCT p.id AS post_id, p.name AS post, u.name AS org, p.principal AS principal
ORDER BY org, post
