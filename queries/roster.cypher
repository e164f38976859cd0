// An organisation's roster on a date: the tenures that possibly cover $day (start_earliest <= $day <
// end_latest) in every post of the organisation $org_id and of the organisations within it (the
// posts themselves, held or not: org_posts.cypher). One row per tenure and source (an Event or an
// Attestation), with the columns of who_held.cypher and the post's id.
MATCH (o:Organisation {id: $org_id})
MATCH (p:Post)-[:OF]->(:Organisation)-[:PART_OF*0..30]->(o)
MATCH (p)<-[h:HELD]-()
WHERE h.start_earliest <= $day AND h.end_latest > $day
MATCH (t:TenureDetail {id: h.id})
UNWIND h.event_ids AS eid
OPTIONAL MATCH (e:Event {id: eid})
OPTIONAL MATCH (att:Attestation {id: eid})
RETURN DISTINCT p.id AS post_id, h.status AS status, h.sure_from AS sure_from, h.sure_until AS sure_until,
       h.probation_until AS probation_until, h.id AS id,
       t.detail AS detail, eid AS source_event_id, coalesce(e.action, att.form) AS source_action,
       coalesce(e.person, att.person) AS source_person, coalesce(e.date, att.date) AS source_date,
       coalesce(e.doc_number, att.doc_number) AS source_doc_number, coalesce(e.doc, att.doc) AS source_document,
       coalesce(e.notice, att.notice) AS source_notice, coalesce(e.evidence, att.evidence) AS source_evidence
