-- One row per melding from Signalen's data-warehouse export, for
--   buurtaanpak evaluate --records meldingen=signalen-meldingen.csv --map meldingen=signalen-mapping.json
-- Load signals.csv, statuses.csv, categories.csv and locations.csv as tables of those names, and
-- buurten.csv: the gemeente's table of its own buurt codes (locations.buurt_code) with the CBS
-- codes (columns buurt_code, cbs_buurt). Runs as it is in SQLite and DuckDB, and in PostgreSQL.
--
-- - state: the melding's current state, from the status that signals.status_id names;
-- - closed_at: when it reached that state, if it is an end state (o, a, s) or a closed melding
--   whose reopening is only requested; for a reopened melding closed again, its last closure;
-- - cbs_buurt: empty when the location has no buurt code or the table lacks it, which the
--   program reports as a missing area, with its line, rather than leaving the melding out.
-- signals.csv also holds requests, questions and complaints (type REQ, QUE, COM); to count
-- meldingen only, add: WHERE s.type = 'SIG'.
SELECT
  s.id,
  s.created_at,
  st.state,
  CASE WHEN st.state IN ('o', 'a', 's', 'reopen requested') THEN st.created_at END AS closed_at,
  s.parent,
  c.main,
  c.sub,
  b.cbs_buurt
FROM signals AS s
JOIN statuses AS st ON st.id = s.status_id
LEFT JOIN categories AS c ON c.id = s.category_assignment_id
LEFT JOIN locations AS l ON l.id = s.location_id
LEFT JOIN buurten AS b ON b.buurt_code = l.buurt_code
ORDER BY s.id;
