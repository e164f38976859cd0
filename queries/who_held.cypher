// Who held a post on a date. $post_id: Post.id; $day: ISO date 'YYYY-MM-DD'.
// Returns every tenure that possibly covers the day (start_earliest <= $day < end_latest); it was
// certain when sure_from <= $day < sure_until. One row per tenure and source event: `detail` is the
// tenure's stored answer item (TenureDetail, JSON: names, dates as printed, flags, and the role of
// each source), the source_* columns one event it rests on, with 文号 and evidence. Every match
// after the post is a primary-key lookup, so the cost follows the answer, not the graph. (The holder
// is left unlabelled: naming (:Person) made LadybugDB read it, a quarter of the query's time.)
// A source is an Event or an Attestation (source_action its form: a list, signature, 现任职务 or
// dated mention showing the holder on its day).
MATCH (p:Post {id: $post_id})<-[h:HELD]-()
WHERE h.start_earliest <= $day AND h.end_latest > $day
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
