// Who held a post on a date. $post_id: Post.id; $day: ISO date 'YYYY-MM-DD'.
// Returns every tenure that possibly covers the day (start_earliest <= $day < end_latest); it was
// certain when sure_from <= $day < sure_until. (No OPTIONAL MATCH: it costs 3x on LadybugDB.)
MATCH (p:Post {id: $post_id})<-[h:HELD]-(x:Person)
WHERE h.start_earliest <= $day AND h.end_latest > $day
RETURN p.id AS post_id, p.name AS post, p.org_name AS org, p.principal AS principal,
       x.id AS person_id, x.name AS person,
       h.start_date AS start_date, h.start_earliest AS start_earliest, h.start_latest AS start_latest,
       h.start_precision AS start_precision, h.start_inferred AS start_inferred,
       h.end_date AS end_date, h.end_earliest AS end_earliest, h.end_latest AS end_latest,
       h.end_precision AS end_precision, h.end_inferred AS end_inferred,
       h.sure_from AS sure_from, h.sure_until AS sure_until, h.status AS status,
       h.concurrent AS concurrent, h.acting AS acting, h.probation_until AS probation_until,
       h.pending AS pending, h.pending_since AS pending_since, h.notes AS notes, h.sources AS sources
