// Whether a post id exists (the API's fast path: a post typed in full hashes to its id).
MATCH (p:Post {id: $post_id}) RETURN p.id AS id
