-- Issue 5: figures for every subgroup (race/ethnicity names are long), and interval bounds for estimates.
ALTER TABLE kpi_value ALTER COLUMN subgroup SET DATA TYPE VARCHAR(120);
ALTER TABLE kpi_value ALTER COLUMN scope_id SET DATA TYPE VARCHAR(80);
ALTER TABLE kpi_value ADD COLUMN lower_bound DECIMAL(14,6);
ALTER TABLE kpi_value ADD COLUMN upper_bound DECIMAL(14,6);
