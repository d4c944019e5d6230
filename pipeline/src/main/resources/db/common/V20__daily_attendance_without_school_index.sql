-- The reports ask which schools sent daily attendance for a month of the monthly sums (attendance_month, whose key
-- leads with the month and the school), so the daily rows no longer need an index by school: every row the loader
-- writes paid for it, and a large district writes millions a month.
DROP INDEX ix_daily_attendance_school;
