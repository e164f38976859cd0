// Principal posts with no recorded holder on $day (ISO date) since their last holder's removal.
// VACATED_BY spans are derived at build: the post was empty on every day of
// [vacant_from, vacant_until) since the removal of the tenure `tenure_id` (dated `since`).
// $org: a simplified-script fragment of the post or organisation name, or '' for all.
MATCH (p:Post)-[v:VACATED_BY]->(x:Person)
WHERE v.vacant_from <= $day AND v.vacant_until > $day
  AND ($org = '' OR p.key CONTAINS $org)
RETURN p.id AS post_id, p.name AS post, p.org_name AS org, x.id AS person_id, x.name AS person,
       v.since AS end_date, v.since_earliest AS end_earliest, v.since_latest AS end_latest,
       v.tenure_id AS id
ORDER BY p.name
