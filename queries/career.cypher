// A person's career: every post held (or nominated to), oldest first. $person_id: Person.id.
// One row per tenure and source event (see who_held.cypher for `detail` and the source_* columns).
MATCH (x:Person {id: $person_id})-[h:HELD]->(p:Post)
MATCH (t:TenureDetail {id: h.id})
UNWIND h.event_ids AS eid
MATCH (e:Event {id: eid})
RETURN h.status AS status, h.sure_from AS sure_from, h.sure_until AS sure_until,
       h.probation_until AS probation_until, h.id AS id,
       t.detail AS detail, e.id AS source_event_id, e.action AS source_action, e.person AS source_person,
       e.date AS source_date, e.doc_number AS source_doc_number, e.doc AS source_document,
       e.notice AS source_notice, e.evidence AS source_evidence
ORDER BY h.start_earliest, h.start_latest, p.name, h.id
