// An organisation's roster on a date: the tenures that possibly cover $day (start_earliest <= $day <
// end_latest) in every post of the organisation $org_id and of the organisations within it (the
// posts themselves, held or not: org_posts.cypher). One row per tenure and source event, with the
// columns of who_held.cypher and the post's id.
MATCH (o:Organisation {id: $org_id})
MATCH (p:Post)-[:OF]->(:Organisation)-[:PART_OF*0..30]->(o)
MATCH (p)<-[h:HELD]-()
WHERE h.start_earliest <= $day AND h.end_latest > $day
MATCH (t:TenureDetail {id: h.id})
UNWIND h.event_ids AS eid
MATCH (e:Event {id: eid})
RETURN DISTINCT p.id AS post_id, h.status AS status, h.sure_from AS sure_from, h.sure_until AS sure_until,
       h.probation_until AS probation_until, h.id AS id,
       t.detail AS detail, e.id AS source_event_id, e.action AS source_action, e.person AS source_person,
       e.date AS source_date, e.doc_number AS source_doc_number, e.doc AS source_document,
       e.notice AS source_notice, e.evidence AS source_evidence
