// Data-quality warnings: tenures with an inferred boundary or a pending nomination.
MATCH (x:Person)-[h:HELD]->(p:Post)
WHERE h.start_inferred = true OR h.end_inferred = true OR h.pending <> ''
RETURN x.id AS person_id, x.name AS person, p.name AS post, h.start_inferred AS start_inferred,
       h.end_inferred AS end_inferred, h.pending AS pending, h.notes AS notes
ORDER BY x.name, p.name
