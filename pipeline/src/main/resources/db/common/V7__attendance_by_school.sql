-- The reports ask which schools sent attendance for a month; without these, each question scanned every day of
-- every student.
CREATE INDEX ix_attendance_summary_school ON attendance_summary (school_id, period_end);
CREATE INDEX ix_daily_attendance_school ON daily_attendance (school_id, attendance_date);
