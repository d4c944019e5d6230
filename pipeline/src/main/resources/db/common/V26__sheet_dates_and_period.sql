-- What a sheet's own dates say, decided when it is registered: whether its slashed dates are day first, and the
-- period it claims (2026-10, or 2025-09..2026-06 for a summary of several months). Rows dated outside the claimed
-- period are rejected as they load, and it is the period a newer version must be for to replace the sheet.
ALTER TABLE ingest_source ADD COLUMN day_first BOOLEAN;
ALTER TABLE ingest_source ADD COLUMN claimed_period VARCHAR(40);
