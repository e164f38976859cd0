// Events per issuer and earliest date (the API groups the dates into years).
MATCH (e:Event)
RETURN e.issuer AS issuer, e.date_earliest AS date_earliest, count(e) AS events
