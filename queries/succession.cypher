// The succession of a post: every holder (and nominee), oldest first. $post_id: Post.id.
// One row per tenure and source event (see who_held.cypher for `detail` and the source_* columns).
// Sources: source_event_id only (an Event or an Attestation id); the API reads them by id in one
// batch (source_events.cypher, source_attestations.cypher): an OPTIONAL MATCH on either label here
// made LadybugDB scan the table (who_held 0.1 → 1.7 ms at 100,000 events).
MATCH (p:Post {id: $post_id})<-[h:HELD]-(x:Person)
MATCH (t:TenureDetail {id: h.id})
UNWIND h.event_ids AS eid
RETURN h.status AS status, h.sure_from AS sure_from, h.sure_until AS sure_until,
       h.probation_until AS probation_until, h.id AS id,
       t.detail AS detail, eid AS source_event_id
ORDER BY h.start_earliest, h.start_latest, x.name, h.id
