-- Term dates from the standard formats (OneRoster academicSessions, Ed-Fi sessions and grading periods) or a
-- district's own list: GPA counts a term's marks from the month the term really ended, preferring these dates to the
-- configured defaults (village.kpi.term-ends). school_id is null for a term of every school (OneRoster's sessions
-- belong to no school); school_year is "2025-26", as course_mark writes it.
CREATE TABLE term_date (
    source_id    BIGINT        NOT NULL REFERENCES ingest_source (source_id),
    source_row   INT           NOT NULL,
    school_id    VARCHAR(40),
    school_year  VARCHAR(7)    NOT NULL,
    term         VARCHAR(200)  NOT NULL,
    start_date   DATE,
    end_date     DATE          NOT NULL,
    PRIMARY KEY (source_id, source_row)
);
