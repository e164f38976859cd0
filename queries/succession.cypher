// The succession of a post: every holder (and nominee), oldest first. $post_id: Post.id.
// The API reads the rest of each answer item from TenureDetail by the tenure id.
MATCH (p:Post {id: $post_id})<-[h:HELD]-(x:Person)
RETURN h.status AS status, h.sure_from AS sure_from, h.sure_until AS sure_until,
       h.probation_until AS probation_until, h.id AS id
ORDER BY h.start_earliest, h.start_latest, x.name
