-- Money is stored in the same columns as rates: DECIMAL(12,6) held at most 999,999.999999, so a large district's
-- year-to-date investment (found at 50,000 students: $1,215,682.54) failed the month. Room for a state's budget.
ALTER TABLE kpi_value ALTER COLUMN kpi_value SET DATA TYPE DECIMAL(20,6);
ALTER TABLE kpi_value ALTER COLUMN numerator SET DATA TYPE DECIMAL(20,2);
ALTER TABLE kpi_value ALTER COLUMN denominator SET DATA TYPE DECIMAL(20,2);
ALTER TABLE kpi_value ALTER COLUMN lower_bound SET DATA TYPE DECIMAL(20,6);
ALTER TABLE kpi_value ALTER COLUMN upper_bound SET DATA TYPE DECIMAL(20,6);
ALTER TABLE goal_progress ALTER COLUMN target SET DATA TYPE DECIMAL(20,4);
ALTER TABLE goal_progress ALTER COLUMN current_value SET DATA TYPE DECIMAL(20,6);
