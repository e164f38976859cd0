// Who held a post on a date. $post_id: Post.id; $day: ISO date 'YYYY-MM-DD'.
// Returns every tenure that possibly covers the day (start_earliest <= $day < end_latest); it was
// certain when sure_from <= $day < sure_until. One row per tenure and source event: `detail` is the
// tenure's stored answer item (TenureDetail, JSON: names, dates as printed, flags, and the role of
// each source), source_event_id one event or attestation it rests on. Every match
// after the post is a primary-key lookup, so the cost follows the answer, not the graph. (The holder
// is left unlabelled: naming (:Person) made LadybugDB read it, a quarter of the query's time.)
// Sources: source_event_id only (an Event or an Attestation id); the API reads them by id in one
// batch (source_events.cypher, source_attestations.cypher): an OPTIONAL MATCH on either label here
// made LadybugDB scan the table (who_held 0.1 → 1.7 ms at 100,000 events).
MATCH (p:Post {id: $post_id})<-[h:HELD]-()
WHERE h.start_earliest <= $day AND h.end_latest > $day
MATCH (t:TenureDetail {id: h.id})
UNWIND h.event_ids AS eid
RETURN h.status AS status, h.sure_from AS sure_from, h.sure_until AS sure_until,
       h.probation_until AS probation_until, h.id AS id,
       t.detail AS detail, eid AS source_event_id
