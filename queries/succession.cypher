// The succession of a post: every holder (and nominee), oldest first. $post_id: Post.id.
MATCH (p:Post {id: $post_id})<-[h:HELD]-(x:Person)
RETURN p.id AS post_id, p.name AS post, p.org_name AS org, p.principal AS principal,
       x.id AS person_id, x.name AS person,
       h.start_date AS start_date, h.start_earliest AS start_earliest, h.start_latest AS start_latest,
       h.start_precision AS start_precision, h.start_inferred AS start_inferred,
       h.end_date AS end_date, h.end_earliest AS end_earliest, h.end_latest AS end_latest,
       h.end_precision AS end_precision, h.end_inferred AS end_inferred,
       h.sure_from AS sure_from, h.sure_until AS sure_until, h.status AS status,
       h.concurrent AS concurrent, h.acting AS acting, h.probation_until AS probation_until,
       h.pending AS pending, h.pending_since AS pending_since, h.notes AS notes, h.sources AS sources
ORDER BY h.start_earliest, h.start_latest, x.name
