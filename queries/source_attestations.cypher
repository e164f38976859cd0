// The attestations an answer rests on, by id ($ids: a list of Attestation.id), in the columns of
// source_events.cypher (source_action: the attestation's form — a list, signature, 现任职务 or dated
// mention showing the holder on its day). Each match is a primary-key lookup.
UNWIND $ids AS eid
MATCH (a:Attestation {id: eid})
RETURN eid AS source_event_id, a.form AS source_action, a.person AS source_person, a.date AS source_date,
       a.doc_number AS source_doc_number, a.doc AS source_document, a.notice AS source_notice,
       a.evidence AS source_evidence
