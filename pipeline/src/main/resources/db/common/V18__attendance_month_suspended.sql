-- Whether a day of suspension counts as a day missed is a setting (village.kpi.suspension-counts-as-absence), so the
-- monthly sums keep the suspended days apart: their count and their bitmap, as for tardy days. Sums made before
-- this are dropped and made again from the daily rows by the next run's summariseAttendance step.
ALTER TABLE attendance_month ADD COLUMN days_suspended INT DEFAULT 0 NOT NULL;
ALTER TABLE attendance_month ADD COLUMN suspended_days INT DEFAULT 0 NOT NULL;
DELETE FROM attendance_month;
DELETE FROM attendance_month_source;
