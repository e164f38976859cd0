// Where the documents came from and which are copies: each source file with a URL or a copy of a
// notice, its URL and title as published (from the HTML page or sources.jsonl), and for a copy
// the events it also prints (the kept event ids). No parameters.
MATCH (d:Document)
WHERE d.url <> '' OR d.copy_of <> ''
OPTIONAL MATCH (e:Event)-[:IN_DOCUMENT]->(d)
WHERE d.copy_of <> ''
RETURN d.path AS path, d.url AS url, d.source_title AS source_title, d.copy_of <> '' AS copy,
       e.id AS event_id
ORDER BY path, event_id
