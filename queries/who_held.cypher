// Who held a post on a date. $post_id: Post.id; $day: ISO date 'YYYY-MM-DD'.
// Returns every tenure that possibly covers the day (start_earliest <= $day < end_latest); it was
// certain when sure_from <= $day < sure_until. One row per tenure and source event: `detail` is the
// tenure's stored answer item (TenureDetail, JSON: names, dates as printed, flags, and the role of
// each source), the source_* columns one event it rests on, with 文号 and evidence. Every match
// after the post is a primary-key lookup, so the cost follows the answer, not the graph. (The holder
// is left unlabelled: naming (:Person) made LadybugDB read it, a quarter of the query's time.)
MATCH (p:Post {id: $post_id})<-[h:HELD]-()
WHERE h.start_earliest <= $day AND h.end_latest > $day
MATCH (t:TenureDetail {id: h.id})
UNWIND h.event_ids AS eid
MATCH (e:Event {id: eid})
RETURN h.status AS status, h.sure_from AS sure_from, h.sure_until AS sure_until,
       h.probation_until AS probation_until, h.id AS id,
       t.detail AS detail, e.id AS source_event_id, e.action AS source_action, e.person AS source_person,
       e.date AS source_date, e.doc_number AS source_doc_number, e.doc AS source_document,
       e.notice AS source_notice, e.evidence AS source_evidence
