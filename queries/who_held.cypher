// Who held a post on a date. $post_id: Post.id; $day: ISO date 'YYYY-MM-DD'.
// Returns every tenure that possibly covers the day (start_earliest <= $day < end_latest); it was
// certain when sure_from <= $day < sure_until. Only the columns the day changes are returned (each
// returned column costs LadybugDB about 10 µs); the API reads the rest of each answer item from
// TenureDetail by the tenure id. (No OPTIONAL MATCH: it costs 3x on LadybugDB.)
MATCH (p:Post {id: $post_id})<-[h:HELD]-(:Person)
WHERE h.start_earliest <= $day AND h.end_latest > $day
RETURN h.status AS status, h.sure_from AS sure_from, h.sure_until AS sure_until,
       h.probation_until AS probation_until, h.id AS id
