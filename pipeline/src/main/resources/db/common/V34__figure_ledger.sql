-- The figure ledger (issue 21): every number the month's reports print, with the page it is on, the labels it is
-- printed under, what it claims to be (a KPI of a scope, scope id and subgroup over a window of a month) and the
-- formula that gives it from the stored figures, so each report can be checked against the database number by number.
-- A report's rows are replaced each time it is rendered. Figures are about groups: no student is in it.
CREATE TABLE figure_ledger (
    report_month  CHAR(7)           NOT NULL,
    report_file   VARCHAR(300)      NOT NULL,
    position      INT               NOT NULL,
    page_number   INT               NOT NULL,
    section       VARCHAR(40)       NOT NULL,
    row_label     VARCHAR(500),
    column_label  VARCHAR(500),
    printed       VARCHAR(200)      NOT NULL,
    figure_kind   VARCHAR(20)       NOT NULL,
    figure_value  DECIMAL(20,6),
    source_month  CHAR(7),
    period_kind   VARCHAR(20),
    scope         VARCHAR(20),
    scope_id      VARCHAR(80),
    subgroup      VARCHAR(120),
    kpi           VARCHAR(80),
    formula       VARCHAR(1000000),
    PRIMARY KEY (report_month, report_file, position)
);
