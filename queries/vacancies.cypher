// Principal posts with no recorded holder on $day (ISO date) whose last holder was removed:
// one row per removal on or before $day; the latest per post says since when.
// $org: a simplified-script fragment of the post or organisation name, or '' for all.
MATCH (p:Post)<-[h:HELD]-(x:Person)
WHERE p.principal = true
  AND h.end_inferred = false AND h.end_date <> '' AND h.end_latest <= $day
  AND ($org = '' OR p.key CONTAINS $org)
  AND NOT EXISTS {
    MATCH (p)<-[k:HELD]-(:Person)
    WHERE k.status <> 'nominated' AND k.start_earliest <= $day AND k.end_latest > $day
  }
RETURN p.id AS post_id, p.name AS post, p.org_name AS org, x.id AS person_id, x.name AS person,
       h.end_date AS end_date, h.end_earliest AS end_earliest, h.end_latest AS end_latest,
       h.status AS status, h.id AS id
ORDER BY p.name, h.end_latest
