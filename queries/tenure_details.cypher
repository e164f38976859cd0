// The answer items of tenures by id ($ids: HELD.id values) as JSON: names, dates as printed, flags,
// notes, and the [event id, role] pairs of their sources. One primary-key match per id.
UNWIND $ids AS i
MATCH (t:TenureDetail {id: i})
RETURN t.id AS id, t.detail AS detail
