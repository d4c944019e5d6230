-- The plausibility checks' reads (org.village.quality.PlausibilityChecks) and the warnings table. Only sheets in use
-- (LOADED) count, as for the figures.

-- name: all-present-daily-sheets
-- Daily attendance sheets in use whose every day of the month is a day present or tardy, with enough students to
-- be judged; from the monthly sums (attendance_month, whose key leads with the month).
SELECT s.file_name, s.sheet_name, COUNT(DISTINCT m.student_id) AS students, SUM(m.days_enrolled) AS days
FROM attendance_month m
JOIN ingest_source s ON s.source_id = m.source_id AND s.status = 'LOADED'
WHERE m.month_start = :monthStart
GROUP BY s.source_id, s.file_name, s.sheet_name
HAVING SUM(m.days_present) + SUM(m.days_tardy) = SUM(m.days_enrolled)
   AND COUNT(DISTINCT m.student_id) >= :minimumStudents
ORDER BY s.file_name, s.sheet_name

-- name: school-month-attendance
-- Each school's printed (not suppressed) attendance rate for the month, with its students.
SELECT k.scope_id AS school_id, k.kpi_value, k.n
FROM kpi_value k
WHERE k.report_month = :reportMonth AND k.period_kind = 'MONTH' AND k.scope = 'SCHOOL' AND k.subgroup = 'all'
  AND k.kpi = 'attendance_rate' AND k.suppressed = FALSE AND k.kpi_value IS NOT NULL
ORDER BY k.scope_id

-- name: any-mark-off-scale
-- Whether any mark of the school year that counts toward GPA lies off the scale: a term GPA, a credit-weighted
-- mean of marks, can only lie off it if one of them does, so the students' GPAs are summed only then.
SELECT COUNT(*) FROM (
    SELECT 1 AS hit FROM course_mark m
    WHERE m.school_year = :schoolYear AND m.excluded = FALSE AND m.credits > 0
      AND (m.grade_points < :lowest OR m.grade_points > :highest)
    FETCH FIRST ROW ONLY) hits

-- name: term-gpa-off-scale
-- Per school and term of the school year, the students whose term GPA lies off the scale.
SELECT g.school_id, g.term, COUNT(*) AS students
FROM (SELECT m.student_id, m.school_id, m.term, SUM(m.grade_points * m.credits) / SUM(m.credits) AS gpa
      FROM course_mark m
      JOIN ingest_source s ON s.source_id = m.source_id AND s.status = 'LOADED'
      WHERE m.school_year = :schoolYear AND m.excluded = FALSE AND m.credits > 0
      GROUP BY m.student_id, m.school_id, m.term) g
WHERE g.gpa < :lowest OR g.gpa > :highest
GROUP BY g.school_id, g.term
ORDER BY g.school_id, g.term

-- name: year-sessions-by-file
-- Sessions in use from the start of the school year to the month's end, per partnership and sheet, with their hours.
SELECT x.partnership_id, s.file_name, COUNT(*) AS sessions, COALESCE(SUM(x.hours), 0) AS hours
FROM participation x
JOIN ingest_source s ON s.source_id = x.source_id AND s.status = 'LOADED'
WHERE x.session_date >= :yearStart AND x.session_date <= :throughDate
GROUP BY x.partnership_id, s.file_name
ORDER BY x.partnership_id, s.file_name

-- name: schools-with-attendance
-- Schools with attendance in use for a month: a summary whose period ends in it, or daily attendance in it.
SELECT a.school_id
FROM attendance_summary a
JOIN ingest_source s ON s.source_id = a.source_id AND s.status = 'LOADED'
WHERE a.period_end >= :monthStart AND a.period_end <= :monthEnd
UNION
SELECT m.school_id
FROM attendance_month m
JOIN ingest_source s ON s.source_id = m.source_id AND s.status = 'LOADED'
WHERE m.month_start = :monthStart

-- name: year-mark-terms
-- The terms of the school year's marks in use that count toward GPA, with the day their marks were stored.
SELECT DISTINCT m.term, m.school_id, m.date_stored
FROM course_mark m
JOIN ingest_source s ON s.source_id = m.source_id AND s.status = 'LOADED'
WHERE m.school_year = :schoolYear AND m.excluded = FALSE AND m.credits > 0

-- name: marks-without-school-year
SELECT s.file_name, s.sheet_name, COUNT(*) AS marks
FROM course_mark m
JOIN ingest_source s ON s.source_id = m.source_id AND s.status = 'LOADED'
WHERE m.school_year IS NULL
GROUP BY s.source_id, s.file_name, s.sheet_name
ORDER BY s.file_name, s.sheet_name

-- name: figure-students
-- How many students a stored figure rests on (kept when it is suppressed), by scope id; none when it was not made.
SELECT scope_id, n
FROM kpi_value
WHERE report_month = :reportMonth AND period_kind = :periodKind AND scope = :scope AND subgroup = 'all'
  AND kpi = :kpi

-- name: names
SELECT 'SCHOOL' AS kind, school_id AS id, school_name AS name FROM school
UNION ALL
SELECT 'PARTNERSHIP', partnership_id, partner_name FROM partnership

-- name: delete-month-warnings
DELETE FROM data_warning WHERE report_month = :reportMonth

-- name: insert-warning
INSERT INTO data_warning (report_month, position, check_name, subject, message, job_instance_id, checked_at)
VALUES (:reportMonth, :position, :checkName, :subject, :message, :jobInstanceId, CURRENT_TIMESTAMP)

-- name: month-warnings
SELECT check_name, subject, message FROM data_warning WHERE report_month = :reportMonth ORDER BY position

-- name: run-warnings
SELECT check_name, subject, message FROM data_warning WHERE job_instance_id = :jobInstanceId
ORDER BY report_month, position

-- name: consented-stories
-- The partnerships whose story page the month's run writes (a story consented to publish, dated by the month's end),
-- with the date of the latest, the one the page prints.
SELECT partnership_id, MAX(story_date) AS story_date
FROM story
WHERE consent = TRUE AND story_date <= :throughDate
GROUP BY partnership_id
ORDER BY partnership_id

-- name: story-figures
-- The partnerships' figures a story page prints, for the school year to date, as stored after suppression.
SELECT scope_id, kpi, kpi_value, n, suppressed, lower_bound, upper_bound
FROM kpi_value
WHERE report_month = :reportMonth AND period_kind = 'YEAR_TO_DATE' AND scope = 'PARTNERSHIP' AND subgroup = 'all'
  AND kpi IN (:kpis)
