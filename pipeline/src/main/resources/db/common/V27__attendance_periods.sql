-- The days a scope's year-to-date attendance figures of a month rest on, where they include a summary whose period
-- spans more than one calendar month (e.g. one row per student for September to June): such a figure is not the
-- school year to date up to the end of the month, so the reports print the period it covers instead. first_day and
-- last_day bound every row the figure counts; a scope whose figures count no such summary has no row.
CREATE TABLE attendance_period (
    report_month  CHAR(7)       NOT NULL,
    scope         VARCHAR(20)   NOT NULL,
    scope_id      VARCHAR(40)   NOT NULL,
    first_day     DATE          NOT NULL,
    last_day      DATE          NOT NULL,
    PRIMARY KEY (report_month, scope, scope_id)
);
