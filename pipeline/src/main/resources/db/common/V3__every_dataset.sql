-- Every dataset of the product brief, the file ledger's replacement and hold-back bookkeeping, and reject reasons.
-- Portable SQL for H2 2.x and PostgreSQL 15+.

-- sender and period_key say what a file is a version of (e.g. school 0101's October attendance): a newer file with
-- the same dataset, sender and period replaces it (status REPLACED, replaced_by). HELD: rejected rows exceeded the
-- threshold, so none of the file's rows are used. rows_read counts every data row the file had.
ALTER TABLE ingest_source ADD COLUMN sender VARCHAR(200);
ALTER TABLE ingest_source ADD COLUMN period_key VARCHAR(40);
ALTER TABLE ingest_source ADD COLUMN rows_read INT;
ALTER TABLE ingest_source ADD COLUMN replaced_by BIGINT;
ALTER TABLE ingest_source ADD COLUMN completed_at TIMESTAMP;
CREATE INDEX ix_ingest_source_status ON ingest_source (status, dataset);

-- A short code per kind of problem, so reports can count rejects by reason.
ALTER TABLE ingest_reject ADD COLUMN reason_code VARCHAR(40);

-- Subgroups for equity breakdowns (product brief §2). NULL where the SIS did not say.
ALTER TABLE enrolment ADD COLUMN gender VARCHAR(40);
ALTER TABLE enrolment ADD COLUMN race_ethnicity VARCHAR(80);
ALTER TABLE enrolment ADD COLUMN english_learner BOOLEAN;
ALTER TABLE enrolment ADD COLUMN disability BOOLEAN;
ALTER TABLE enrolment ADD COLUMN economically_disadvantaged BOOLEAN;
ALTER TABLE enrolment ADD COLUMN homeless BOOLEAN;
ALTER TABLE enrolment ADD COLUMN foster BOOLEAN;

-- A student on a school day: P present, T tardy (present, late or left early), E excused absence, U unexcused
-- absence, A absence of unstated kind, S out-of-school suspension.
CREATE TABLE daily_attendance (
    source_id        BIGINT       NOT NULL REFERENCES ingest_source (source_id),
    source_row       INT          NOT NULL,
    student_id       VARCHAR(40)  NOT NULL,
    school_id        VARCHAR(40)  NOT NULL,
    attendance_date  DATE         NOT NULL,
    status           CHAR(1)      NOT NULL,
    minutes          INT,
    PRIMARY KEY (source_id, source_row)
);
CREATE INDEX ix_daily_attendance_date ON daily_attendance (attendance_date);

-- A course mark as sent, with its grade points on the district's scale.
CREATE TABLE course_mark (
    source_id     BIGINT        NOT NULL REFERENCES ingest_source (source_id),
    source_row    INT           NOT NULL,
    student_id    VARCHAR(40)   NOT NULL,
    school_id     VARCHAR(40)   NOT NULL,
    term          VARCHAR(40)   NOT NULL,
    course        VARCHAR(200)  NOT NULL,
    mark          VARCHAR(20)   NOT NULL,
    grade_points  DECIMAL(4,2)  NOT NULL,
    credits       DECIMAL(6,2)  NOT NULL,
    excluded      BOOLEAN       NOT NULL,
    PRIMARY KEY (source_id, source_row)
);

CREATE TABLE partnership (
    partnership_id       VARCHAR(40)    NOT NULL PRIMARY KEY,
    partner_name         VARCHAR(200)   NOT NULL,
    partnership_type     VARCHAR(80)    NOT NULL,
    start_date           DATE           NOT NULL,
    end_date             DATE,
    baseline_start       DATE,
    baseline_end         DATE,
    district_investment  DECIMAL(14,2),
    partner_investment   DECIMAL(14,2),
    check_in_cadence     VARCHAR(40),
    minimum_dosage_hours DECIMAL(8,2),
    source_id            BIGINT         NOT NULL REFERENCES ingest_source (source_id)
);

CREATE TABLE partnership_school (
    partnership_id  VARCHAR(40)  NOT NULL,
    school_id       VARCHAR(40)  NOT NULL,
    PRIMARY KEY (partnership_id, school_id)
);

CREATE TABLE partnership_goal (
    source_id       BIGINT         NOT NULL REFERENCES ingest_source (source_id),
    source_row      INT            NOT NULL,
    partnership_id  VARCHAR(40)    NOT NULL,
    kpi             VARCHAR(40)    NOT NULL,
    target          DECIMAL(14,4)  NOT NULL,
    by_date         DATE,
    PRIMARY KEY (source_id, source_row)
);

-- A student's participation in a partnership's programme: one session, or a period.
CREATE TABLE participation (
    source_id       BIGINT        NOT NULL REFERENCES ingest_source (source_id),
    source_row      INT           NOT NULL,
    partnership_id  VARCHAR(40)   NOT NULL,
    student_id      VARCHAR(40)   NOT NULL,
    session_date    DATE          NOT NULL,
    period_end      DATE,
    hours           DECIMAL(8,2),
    activity        VARCHAR(200),
    PRIMARY KEY (source_id, source_row)
);
CREATE INDEX ix_participation_partnership ON participation (partnership_id, session_date);

CREATE TABLE volunteer_hours (
    source_id       BIGINT        NOT NULL REFERENCES ingest_source (source_id),
    source_row      INT           NOT NULL,
    partnership_id  VARCHAR(40)   NOT NULL,
    report_month    CHAR(7)       NOT NULL,
    hours           DECIMAL(10,2) NOT NULL,
    volunteers      INT,
    PRIMARY KEY (source_id, source_row)
);

-- Money or goods. kind: CASH, IN_KIND or GRANT; funder: DISTRICT or PARTNER.
CREATE TABLE contribution (
    source_id          BIGINT         NOT NULL REFERENCES ingest_source (source_id),
    source_row         INT            NOT NULL,
    partnership_id     VARCHAR(40)    NOT NULL,
    contribution_date  DATE           NOT NULL,
    kind               VARCHAR(20)    NOT NULL,
    amount             DECIMAL(14,2)  NOT NULL,
    description        VARCHAR(1000),
    funder             VARCHAR(20),
    PRIMARY KEY (source_id, source_row)
);

-- status: ON_TRACK, AT_RISK or OFF_TRACK.
CREATE TABLE check_in (
    source_id       BIGINT         NOT NULL REFERENCES ingest_source (source_id),
    source_row      INT            NOT NULL,
    partnership_id  VARCHAR(40)    NOT NULL,
    check_in_date   DATE           NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    notes           VARCHAR(4000),
    PRIMARY KEY (source_id, source_row)
);

CREATE TABLE story (
    source_id       BIGINT          NOT NULL REFERENCES ingest_source (source_id),
    source_row      INT             NOT NULL,
    partnership_id  VARCHAR(40)     NOT NULL,
    story_date      DATE            NOT NULL,
    title           VARCHAR(500)    NOT NULL,
    story_text      VARCHAR(20000)  NOT NULL,
    quote           VARCHAR(4000),
    attribution     VARCHAR(500),
    consent         BOOLEAN         NOT NULL,
    PRIMARY KEY (source_id, source_row)
);

-- Who receives which reports. scope: DISTRICT, BOARD, SCHOOL or PARTNERSHIP, with scope_id for the last two.
CREATE TABLE recipient (
    source_id   BIGINT        NOT NULL REFERENCES ingest_source (source_id),
    source_row  INT           NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    email       VARCHAR(320)  NOT NULL,
    role        VARCHAR(200),
    scope       VARCHAR(20)   NOT NULL,
    scope_id    VARCHAR(40),
    PRIMARY KEY (source_id, source_row)
);
