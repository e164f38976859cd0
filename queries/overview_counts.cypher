// How many nodes and relationships of each kind the graph holds.
MATCH (n:Person) RETURN 'people' AS what, count(n) AS total
UNION ALL MATCH (n:Post) RETURN 'posts' AS what, count(n) AS total
UNION ALL MATCH (n:Organisation) RETURN 'organisations' AS what, count(n) AS total
UNION ALL MATCH (n:Document) RETURN 'documents' AS what, count(n) AS total
UNION ALL MATCH (n:Event) RETURN 'events' AS what, count(n) AS total
UNION ALL MATCH (:Person)-[h:HELD]->(:Post) RETURN 'tenures' AS what, count(h) AS total
