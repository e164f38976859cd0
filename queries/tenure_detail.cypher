// The answer item of one tenure (HELD.id) as JSON: names, dates as printed, flags, notes, sources.
MATCH (t:TenureDetail {id: $id}) RETURN t.detail AS detail
