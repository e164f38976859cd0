// Principal posts with no recorded holder on $day (ISO date) since their last holder's removal;
// `certain` false: possibly none (the removal may be later, or a successor already in post).
// VACATED_BY spans are derived at build: the post was empty on every day of
// [vacant_from, vacant_until) since the removal of the tenure `tenure_id` (dated `since`).
// $org: a simplified-script fragment of the post or organisation name, or '' for all.
// One row per vacancy and source event of the removed tenure (see who_held.cypher).
MATCH (p:Post)-[v:VACATED_BY]->(x:Person)
WHERE v.vacant_from <= $day AND v.vacant_until > $day
  AND ($org = '' OR p.key CONTAINS $org)
MATCH (t:TenureDetail {id: v.tenure_id})
UNWIND v.event_ids AS eid
OPTIONAL MATCH (e:Event {id: eid})
OPTIONAL MATCH (att:Attestation {id: eid})
RETURN p.id AS post_id, p.name AS post, p.org_name AS org, x.id AS person_id, x.name AS person,
       v.since AS end_date, v.since_earliest AS end_earliest, v.since_latest AS end_latest,
       v.tenure_id AS id, v.certain AS certain,
       t.detail AS detail, eid AS source_event_id, coalesce(e.action, att.form) AS source_action,
       coalesce(e.person, att.person) AS source_person, coalesce(e.date, att.date) AS source_date,
       coalesce(e.doc_number, att.doc_number) AS source_doc_number, coalesce(e.doc, att.doc) AS source_document,
       coalesce(e.notice, att.notice) AS source_notice, coalesce(e.evidence, att.evidence) AS source_evidence
ORDER BY v.since_latest, p.name
