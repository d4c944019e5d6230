-- Issue 21: the trend charts show every month whose attendance is loaded, not only the months that were run. A run
-- stores, under each earlier month of the current and previous school year that no run of its own computed, the
-- monthly attendance rates a run of that month would store (kpi_value, computed_by 'attendance-history'); this
-- table keeps what each such month was computed from: a hash over the settings that shape the figures and the
-- attendance sheets in use that may hold the month's days. A month is computed again only when that hash changes,
-- so a month-end reads the earlier months' attendance once, not every month.
CREATE TABLE attendance_history (
    report_month   CHAR(7)   NOT NULL PRIMARY KEY,
    inputs_sha256  CHAR(64)  NOT NULL,
    computed_at    TIMESTAMP NOT NULL
);
