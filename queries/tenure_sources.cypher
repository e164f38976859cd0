// The events read about one post ($post_id): the API picks each tenure's sources among them by id.
// Anchored on the post, so it reads only that post's few events however large the graph. (Filtering
// by `e.id IN $ids` here made it 2-3x slower than returning the handful of events and picking.)
MATCH (p:Post {id: $post_id})<-[:ABOUT_POST]-(e:Event)
RETURN e.id AS event_id, e.action AS action, e.person AS person, e.date AS date,
       e.doc_number AS doc_number, e.doc AS document, e.notice AS notice, e.evidence AS evidence
