// An organisation's roster on a date: the tenures that possibly cover $day (start_earliest <= $day <
// end_latest) in every post of the organisation $org_id and of the organisations within it (the
// posts themselves, held or not: org_posts.cypher). One row per tenure and source (an Event or an
// Attestation), with the columns of who_held.cypher and the post's id.
// Sources: source_event_id only (an Event or an Attestation id); the API reads them by id in one
// batch (source_events.cypher, source_attestations.cypher): an OPTIONAL MATCH on either label here
// made LadybugDB scan the table (who_held 0.1 → 1.7 ms at 100,000 events).
MATCH (o:Organisation {id: $org_id})
MATCH (p:Post)-[:OF]->(:Organisation)-[:PART_OF*0..30]->(o)
MATCH (p)<-[h:HELD]-()
WHERE h.start_earliest <= $day AND h.end_latest > $day
MATCH (t:TenureDetail {id: h.id})
UNWIND h.event_ids AS eid
RETURN DISTINCT p.id AS post_id, h.status AS status, h.sure_from AS sure_from, h.sure_until AS sure_until,
       h.probation_until AS probation_until, h.id AS id,
       t.detail AS detail, eid AS source_event_id
