-- Progress to each partnership goal by month, and the assumptions printed with money figures.

-- achieved: the share of the target reached (for KPIs where lower is better, target / current). status: ON_TRACK,
-- AT_RISK or OFF_TRACK by the rule documented in GoalProgress; NOT_MEASURED when the figure is suppressed or absent.
CREATE TABLE goal_progress (
    report_month    CHAR(7)        NOT NULL,
    partnership_id  VARCHAR(40)    NOT NULL,
    kpi             VARCHAR(40)    NOT NULL,
    target          DECIMAL(14,4)  NOT NULL,
    by_date         DATE,
    current_value   DECIMAL(14,6),
    achieved        DECIMAL(12,6),
    status          VARCHAR(20)    NOT NULL,
    PRIMARY KEY (report_month, partnership_id, kpi)
);

-- Each money figure's assumptions in words, stored with the figures so a reader of any month can see them.
CREATE TABLE kpi_assumption (
    report_month  CHAR(7)        NOT NULL,
    position      INT            NOT NULL,
    assumption    VARCHAR(1000)  NOT NULL,
    PRIMARY KEY (report_month, position)
);
