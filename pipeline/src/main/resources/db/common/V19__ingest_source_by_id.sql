-- Every KPI query joins its rows to the sheets in use: JOIN ingest_source s ON s.source_id = x.source_id AND
-- s.status = 'LOADED'. With this index H2 chose to walk all LOADED sheets for each row instead of looking the one sheet
-- up by its key: at 15,000 students, 60,000 monthly sums × 490 sheets, and computeParticipation took 8 s instead of
-- about 1 (seen in jstack samples and EXPLAIN during the month-end benchmark). The table holds one row per sheet
-- received, a few thousand a year, so the lists by status that used the index read it whole at no cost.
DROP INDEX ix_ingest_source_status;
