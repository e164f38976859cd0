// The events an answer rests on, by id ($ids: a list of Event.id), in the columns every tenure
// answer's sources take (see Renmian._items). Each match is a primary-key lookup.
UNWIND $ids AS eid
MATCH (e:Event {id: eid})
RETURN eid AS source_event_id, e.action AS source_action, e.person AS source_person, e.date AS source_date,
       e.doc_number AS source_doc_number, e.doc AS source_document, e.notice AS source_notice,
       e.evidence AS source_evidence
