// People who served in the same organisation as $person_id at possibly overlapping times.
// Each row is one pair of tenures and one source event of the colleague's (see who_held.cypher);
// both sides' sure_from / sure_until tell whether the overlap is certain.
// Sources: source_event_id only (an Event or an Attestation id); the API reads them by id in one
// batch (source_events.cypher, source_attestations.cypher): an OPTIONAL MATCH on either label here
// made LadybugDB scan the table (who_held 0.1 → 1.7 ms at 100,000 events).
MATCH (x:Person {id: $person_id})-[a:HELD]->(p:Post)-[:OF]->(o:Organisation)
MATCH (o)<-[:OF]-(q:Post)<-[b:HELD]-(y:Person)
WHERE y.id <> x.id AND a.status <> 'nominated' AND b.status <> 'nominated'
  AND a.start_earliest < b.end_latest AND b.start_earliest < a.end_latest
MATCH (t:TenureDetail {id: b.id})
UNWIND b.event_ids AS eid
RETURN y.id AS person_id, y.name AS person, o.id AS org_id, o.name AS org,
       p.name AS own_post, q.name AS post,
       a.start_earliest AS own_start, a.end_latest AS own_end, a.start_date AS own_start_date,
       a.end_date AS own_end_date, a.sure_from AS own_sure_from,
       a.sure_until AS own_sure_until,
       b.start_earliest AS start_earliest, b.end_latest AS end_latest, b.sure_from AS sure_from,
       b.sure_until AS sure_until, b.start_date AS start_date, b.end_date AS end_date, b.id AS id,
       t.detail AS detail, eid AS source_event_id
ORDER BY y.name, q.name, p.name, b.id
