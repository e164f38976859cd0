// Principal posts with no recorded holder on $day (ISO date) since their last holder's removal;
// `certain` false: possibly none (the removal may be later, or a successor already in post).
// VACATED_BY spans are derived at build: the post was empty on every day of
// [vacant_from, vacant_until) since the removal of the tenure `tenure_id` (dated `since`).
// $org: a simplified-script fragment of the post or organisation name, or '' for all.
// One row per vacancy and source event of the removed tenure (see who_held.cypher).
// Sources: source_event_id only (an Event or an Attestation id); the API reads them by id in one
// batch (source_events.cypher, source_attestations.cypher): an OPTIONAL MATCH on either label here
// made LadybugDB scan the table (who_held 0.1 → 1.7 ms at 100,000 events).
MATCH (p:Post)-[v:VACATED_BY]->(x:Person)
WHERE v.vacant_from <= $day AND v.vacant_until > $day
  AND ($org = '' OR p.key CONTAINS $org)
MATCH (t:TenureDetail {id: v.tenure_id})
UNWIND v.event_ids AS eid
RETURN p.id AS post_id, p.name AS post, p.org_name AS org, x.id AS person_id, x.name AS person,
       v.since AS end_date, v.since_earliest AS end_earliest, v.since_latest AS end_latest,
       v.tenure_id AS id, v.certain AS certain,
       t.detail AS detail, eid AS source_event_id
ORDER BY v.since_latest, p.name
