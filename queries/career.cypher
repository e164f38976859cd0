// A person's career: every post held (or nominated to), oldest first. $person_id: Person.id.
// One row per tenure and source event (see who_held.cypher for `detail` and the source_* columns).
MATCH (x:Person {id: $person_id})-[h:HELD]->(p:Post)
MATCH (t:TenureDetail {id: h.id})
UNWIND h.event_ids AS eid
OPTIONAL MATCH (e:Event {id: eid})
OPTIONAL MATCH (att:Attestation {id: eid})
RETURN h.status AS status, h.sure_from AS sure_from, h.sure_until AS sure_until,
       h.probation_until AS probation_until, h.id AS id,
       t.detail AS detail, eid AS source_event_id, coalesce(e.action, att.form) AS source_action,
       coalesce(e.person, att.person) AS source_person, coalesce(e.date, att.date) AS source_date,
       coalesce(e.doc_number, att.doc_number) AS source_doc_number, coalesce(e.doc, att.doc) AS source_document,
       coalesce(e.notice, att.notice) AS source_notice, coalesce(e.evidence, att.evidence) AS source_evidence
ORDER BY h.start_earliest, h.start_latest, p.name, h.id
