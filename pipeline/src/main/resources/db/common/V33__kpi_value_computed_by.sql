-- Which KPI step wrote each figure, so that a step restarted after a crash replaces its own figures of the month
-- before writing them again, instead of failing on the rows its interrupted attempt had already committed. Figures
-- stored before this column have none; the month's clearing step removes them when the month is computed again.
ALTER TABLE kpi_value ADD COLUMN computed_by VARCHAR(40);
