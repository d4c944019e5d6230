-- What the plausibility checks found in a month's data (org.village.quality): one row per warning, in the order the
-- run printed them. A month's warnings are replaced whenever the month is checked again, so a restarted or repeated
-- run never lists one twice; job_instance_id is the run that found them, for status.
CREATE TABLE data_warning (
    report_month     CHAR(7)        NOT NULL,
    position         INT            NOT NULL,
    check_name       VARCHAR(40)    NOT NULL,
    subject          VARCHAR(500)   NOT NULL,
    message          VARCHAR(2000)  NOT NULL,
    job_instance_id  BIGINT         NOT NULL,
    checked_at       TIMESTAMP      NOT NULL,
    PRIMARY KEY (report_month, position)
);
CREATE INDEX ix_data_warning_run ON data_warning (job_instance_id);
