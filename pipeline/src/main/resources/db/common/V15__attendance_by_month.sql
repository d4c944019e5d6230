-- Daily attendance summed per sheet, month, student and school (issue 5, speed): the year to date, the baselines and
-- the participation denominators read one row per student and month instead of every school day. Rows stay per
-- sheet so that a sheet held back or replaced drops out by its status, exactly as its daily rows do.
--
-- The *_days columns are bitmaps of the month's days (bit 0 is the 1st): enrolled_days has a bit for each day the
-- sheet has a row, present_days for P, tardy_days for T, so a window that starts or ends inside a month (a baseline
-- period, a participant's first session) is counted exactly without the daily rows. A day sent twice in one sheet
-- goes into the next layer, so every layer's bitmaps count each of its rows once. The days_* counts are the bitmaps'
-- bit counts, for sums over whole months in SQL. The key leads with the month, the way every read asks; one index
-- only, since each month adds a row per student to it.
CREATE TABLE attendance_month (
    source_id      BIGINT       NOT NULL,
    month_start    DATE         NOT NULL,
    student_id     VARCHAR(40)  NOT NULL,
    school_id      VARCHAR(40)  NOT NULL,
    layer          INT          NOT NULL,
    days_enrolled  INT          NOT NULL,
    days_present   INT          NOT NULL,
    days_tardy     INT          NOT NULL,
    enrolled_days  INT          NOT NULL,
    present_days   INT          NOT NULL,
    tardy_days     INT          NOT NULL,
    PRIMARY KEY (month_start, school_id, student_id, source_id, layer)
);

-- The sheets already summarised above, each named by what identifies it in ingest_source beyond its id, so that a
-- database whose ingest tables were emptied and refilled never takes an old summary for a new sheet. No foreign
-- keys: emptying ingest_source must not have to know about these tables.
CREATE TABLE attendance_month_source (
    source_id      BIGINT       NOT NULL PRIMARY KEY,
    file_sha256    CHAR(64)     NOT NULL,
    sheet_index    INT          NOT NULL,
    registered_at  TIMESTAMP    NOT NULL,
    summarised_at  TIMESTAMP    NOT NULL
);
