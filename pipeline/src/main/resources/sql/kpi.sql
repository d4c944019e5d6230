-- name: student-summaries
-- Each student's summaries at a school whose period ends in a window (the school year to date), in no order, each
-- with its sheet: the reader keeps the rows of sheets in use (sheets-in-use), sums them per student and school, and
-- adds the daily records from attendance-months. The period's start tells a month's summary from a longer one.
SELECT a.source_id, a.student_id, a.school_id, a.period_start, a.period_end, a.days_enrolled AS enrolled,
       a.days_present AS present
FROM attendance_summary a
WHERE a.period_end >= :fromDate AND a.period_end <= :throughDate

-- name: student-summary-attendance
-- Each student's days from monthly summaries whose period ends in a window, for windows that need not be whole
-- months (baselines); their daily records come from attendance-months.
SELECT a.student_id, a.days_enrolled AS enrolled, a.days_present AS present
FROM attendance_summary a
JOIN ingest_source s ON s.source_id = a.source_id AND s.status = 'LOADED'
WHERE a.period_end >= :fromDate AND a.period_end <= :throughDate

-- name: attendance-months
-- Daily records summed by month, student and school, with the bitmaps of the days and the sheet, for the months
-- from :fromMonth to :throughMonth (first days of months), in no order. The reader keeps the sheets in use
-- (sheets-in-use): joining ingest_source here looked up a sheet for each of the 457,000 rows of a 150,000-student
-- school year to October, two fifths of the read.
SELECT m.source_id, m.student_id, m.school_id, m.month_start, m.enrolled_days, m.present_days, m.tardy_days,
       m.suspended_days
FROM attendance_month m
WHERE m.month_start >= :fromMonth AND m.month_start <= :throughMonth

-- name: student-profiles
-- Every roster row; the reader keeps the rows of sheets in use (as for student-summaries) and of those each
-- student's latest (by entry date, then the sheet loaded last). Read once per run into memory: joining it to the
-- attendance above made H2 recompute it for every student. Picking the latest row in SQL (ROW_NUMBER() per student,
-- or sorting by student) made H2 sort every roster row: at 150,000 students that sort was a quarter of the KPI
-- steps' time.
SELECT e.student_id, e.entry_date, e.source_id, e.grade, e.gender, e.race_ethnicity, e.english_learner,
       e.disability, e.economically_disadvantaged, e.homeless, e.foster
FROM enrolment e

-- name: roster-schools
-- Every roster row's school and dates, with its sheet: the reader keeps the rows of sheets in use and of those each
-- student's latest that began by the end of the month (as student-profiles picks), to count the students on each
-- school's roster in a month that may have no attendance.
SELECT e.student_id, e.school_id, e.entry_date, e.exit_date, e.source_id
FROM enrolment e

-- name: delete-attendance-periods
DELETE FROM attendance_period WHERE report_month = :reportMonth

-- name: insert-attendance-period
INSERT INTO attendance_period (report_month, scope, scope_id, first_day, last_day)
VALUES (:reportMonth, :scope, :scopeId, :firstDay, :lastDay)

-- name: month-attendance-periods
SELECT scope, scope_id, first_day, last_day FROM attendance_period WHERE report_month = :reportMonth

-- name: year-sessions
-- Every session from the start of the school year to the end of the month, with its sheet: the reader keeps the
-- sessions of sheets in use (as for student-summaries) and sums them per partnership and student.
SELECT x.source_id, x.partnership_id, x.student_id, x.session_date, x.hours
FROM participation x
WHERE x.session_date >= :yearStart AND x.session_date <= :throughDate

-- name: delete-month
DELETE FROM kpi_value WHERE report_month = :reportMonth

-- name: delete-month-attendance-history
-- What a month's history figures were computed from: a month computed again is the run's, not history's.
DELETE FROM attendance_history WHERE report_month = :reportMonth

-- name: month-has-figures-of-its-own
-- Whether a run of the month stored any figure (figures stored before computed_by was kept have none): the figures
-- of a month that was run are the run's, and history leaves them alone. The first row found answers.
SELECT 1 FROM kpi_value
WHERE report_month = :reportMonth AND (computed_by IS NULL OR computed_by <> :historyComputedBy)
FETCH FIRST 1 ROWS ONLY

-- name: attendance-history-inputs
SELECT inputs_sha256 FROM attendance_history WHERE report_month = :reportMonth

-- name: insert-attendance-history-inputs
INSERT INTO attendance_history (report_month, inputs_sha256, computed_at)
VALUES (:reportMonth, :inputsSha256, CURRENT_TIMESTAMP)

-- name: delete-month-computed-by
-- One writer's figures of a month, removed in the same transaction that writes them again.
DELETE FROM kpi_value WHERE report_month = :reportMonth AND computed_by = :computedBy

-- name: insert-kpi
INSERT INTO kpi_value (report_month, period_kind, scope, scope_id, subgroup, kpi, kpi_value, numerator, denominator,
                       n, suppressed, suppression_reason, lower_bound, upper_bound, computed_by, computed_at)
VALUES (:reportMonth, :periodKind, :scope, :scopeId, :subgroup, :kpi, :value, :numerator, :denominator,
        :n, :suppressed, :suppressionReason, :lowerBound, :upperBound, :computedBy, CURRENT_TIMESTAMP)

-- name: month-values
SELECT report_month, period_kind, scope, scope_id, subgroup, kpi, kpi_value AS "value", numerator, denominator, n,
       suppressed, suppression_reason, lower_bound, upper_bound
FROM kpi_value
WHERE report_month = :reportMonth
ORDER BY period_kind, scope, scope_id, subgroup, kpi

-- name: year-to-date-printed
-- Last month's figures for the year to date that were printed: with one of them, a month's figure and its year to
-- date give each other back (SmallGroupSuppression).
SELECT scope, scope_id, subgroup, kpi
FROM kpi_value
WHERE report_month = :reportMonth AND period_kind = 'YEAR_TO_DATE' AND suppressed = FALSE

-- name: suppress
UPDATE kpi_value
SET kpi_value = NULL, numerator = NULL, denominator = NULL, lower_bound = NULL, upper_bound = NULL,
    suppressed = TRUE, suppression_reason = :reason
WHERE report_month = :reportMonth AND period_kind = :periodKind AND scope = :scope AND scope_id = :scopeId
  AND subgroup = :subgroup AND kpi = :kpi

-- name: history
-- One KPI for one scope over a range of months, for trend charts; suppressed months come back with no value.
SELECT report_month, period_kind, scope, scope_id, subgroup, kpi, kpi_value AS "value", numerator, denominator, n,
       suppressed, suppression_reason, lower_bound, upper_bound
FROM kpi_value
WHERE scope = :scope AND scope_id = :scopeId AND subgroup = :subgroup AND kpi = :kpi AND period_kind = :periodKind
  AND report_month >= :fromMonth AND report_month <= :throughMonth
ORDER BY report_month

-- name: every-scope-history
-- One KPI for every scope over a range of months, for the trend charts of all of a month's reports at once: the
-- table's key leads with the month, so one read of the months replaces a read of them per report.
SELECT report_month, period_kind, scope, scope_id, subgroup, kpi, kpi_value AS "value", numerator, denominator, n,
       suppressed, suppression_reason, lower_bound, upper_bound
FROM kpi_value
WHERE subgroup = :subgroup AND kpi = :kpi AND period_kind = :periodKind
  AND report_month >= :fromMonth AND report_month <= :throughMonth
ORDER BY report_month

-- name: partnerships-in-window
-- Partnerships under way in a window, for its participation figures.
SELECT p.partnership_id, p.minimum_dosage_hours
FROM partnership p
WHERE p.start_date <= :throughDate AND (p.end_date IS NULL OR p.end_date >= :fromDate)
ORDER BY p.partnership_id

-- name: partnership-schools
SELECT partnership_id, school_id FROM partnership_school

-- name: volunteer-hours
-- Volunteer hours per partnership over the window's months, and the district's total.
SELECT v.partnership_id, SUM(v.hours) AS hours, COALESCE(SUM(v.volunteers), 0) AS volunteers
FROM volunteer_hours v
JOIN ingest_source s ON s.source_id = v.source_id AND s.status = 'LOADED'
WHERE v.report_month >= :fromMonth AND v.report_month <= :throughMonth
GROUP BY v.partnership_id
ORDER BY v.partnership_id

-- name: partnerships-for-effects
-- Partnerships under way by the end of the month, with their baseline period when the registry gives one.
SELECT p.partnership_id, p.start_date, p.baseline_start, p.baseline_end, p.minimum_dosage_hours
FROM partnership p
WHERE p.start_date <= :throughDate AND (p.end_date IS NULL OR p.end_date >= :yearStart)
ORDER BY p.partnership_id

-- name: partnership-school-summaries
-- Attendance summaries at one partnership's schools whose period starts after a day and ends by the end of the
-- month, by the day the period starts (a summary cannot be split by day), so each student's own start can be
-- applied; the daily records come from attendance-months.
SELECT a.student_id, a.period_start AS first_day, a.days_enrolled AS enrolled, a.days_present AS present
FROM partnership_school ps
JOIN attendance_summary a ON a.school_id = ps.school_id
JOIN ingest_source s ON s.source_id = a.source_id AND s.status = 'LOADED'
WHERE ps.partnership_id = :partnershipId AND a.period_start > :afterDate AND a.period_end <= :throughDate

-- name: delete-month-goals
DELETE FROM goal_progress WHERE report_month = :reportMonth

-- name: delete-month-assumptions
DELETE FROM kpi_assumption WHERE report_month = :reportMonth

-- name: goals
-- The registry's goals in use for partnerships under way.
SELECT g.partnership_id, g.kpi, g.target, g.by_date, p.start_date
FROM partnership_goal g
JOIN ingest_source s ON s.source_id = g.source_id AND s.status = 'LOADED'
JOIN partnership p ON p.partnership_id = g.partnership_id
WHERE p.start_date <= :throughDate
ORDER BY g.partnership_id, g.kpi

-- name: insert-goal-progress
INSERT INTO goal_progress (report_month, partnership_id, kpi, target, by_date, current_value, achieved, status)
VALUES (:reportMonth, :partnershipId, :kpi, :target, :byDate, :currentValue, :achieved, :status)

-- name: investments
-- Money and goods per partnership over the window: cash and grants, and in-kind value, from contributions in use,
-- plus what the registry says the district and partner committed.
SELECT p.partnership_id, p.district_investment, p.partner_investment,
       COALESCE((SELECT SUM(c.amount) FROM contribution c JOIN ingest_source s ON s.source_id = c.source_id
                 WHERE s.status = 'LOADED' AND c.partnership_id = p.partnership_id AND c.kind IN ('CASH', 'GRANT')
                   AND c.contribution_date >= :fromDate AND c.contribution_date <= :throughDate), 0) AS cash,
       COALESCE((SELECT SUM(c.amount) FROM contribution c JOIN ingest_source s ON s.source_id = c.source_id
                 WHERE s.status = 'LOADED' AND c.partnership_id = p.partnership_id AND c.kind = 'IN_KIND'
                   AND c.contribution_date >= :fromDate AND c.contribution_date <= :throughDate), 0) AS in_kind
FROM partnership p
WHERE p.start_date <= :throughDate AND (p.end_date IS NULL OR p.end_date >= :fromDate)
ORDER BY p.partnership_id

-- name: insert-assumption
INSERT INTO kpi_assumption (report_month, position, assumption) VALUES (:reportMonth, :position, :assumption)

-- name: month-partnership-values
SELECT scope_id, kpi, kpi_value AS "value", n, suppressed, lower_bound, upper_bound
FROM kpi_value
WHERE report_month = :reportMonth AND period_kind = :periodKind AND scope = 'PARTNERSHIP' AND subgroup = 'all'

-- name: partnership-participant-days
-- The days participants were enrolled, year to date: the attendance rate's denominator for a partnership's scope.
SELECT scope_id, denominator
FROM kpi_value
WHERE report_month = :reportMonth AND period_kind = :periodKind AND scope = 'PARTNERSHIP' AND subgroup = 'all'
  AND kpi = 'attendance_rate'

-- name: partnership-value
SELECT kpi_value FROM kpi_value
WHERE report_month = :reportMonth AND period_kind = 'YEAR_TO_DATE' AND scope = 'PARTNERSHIP'
  AND scope_id = :partnershipId AND subgroup = 'all' AND kpi = :kpi AND suppressed = FALSE

-- name: month-assumptions
SELECT assumption FROM kpi_assumption WHERE report_month = :reportMonth ORDER BY position

-- name: term-dates
-- The terms' real last days sent for one school year (OneRoster academic sessions, Ed-Fi sessions and grading periods,
-- a term dates list), from sheets in use; school_id is null for a term of every school.
SELECT t.school_id, t.term, t.end_date
FROM term_date t
JOIN ingest_source s ON s.source_id = t.source_id AND s.status = 'LOADED'
WHERE t.school_year = :schoolYear

-- name: student-gpa
-- Each student's credit-weighted grade points for one school year, per school and term (with the day the term's
-- marks were stored, where the file says), from marks in use that count toward GPA (not excluded, credits above
-- zero), in student and school order. The school year leads the GROUP BY, though it is one value, so that the groups
-- are the leading columns of ix_course_mark_gpa and H2 sums the marks in the index's order ("group sorted") instead
-- of hashing them: 1.6 s instead of 2.5 for the 957,000 marks of a 150,000-student October.
SELECT m.student_id, m.school_id, m.term, m.date_stored, SUM(m.grade_points * m.credits) AS points,
       SUM(m.credits) AS credits
FROM course_mark m
JOIN ingest_source s ON s.source_id = m.source_id AND s.status = 'LOADED'
WHERE m.school_year = :schoolYear AND m.excluded = FALSE AND m.credits > 0
GROUP BY m.school_year, m.student_id, m.school_id, m.term, m.date_stored
ORDER BY m.school_year, m.student_id, m.school_id

-- name: student-year-marks
-- Every mark of one school year that counts toward GPA, with its sheet, for a whole year's GPA per student (the
-- effects' baseline): the reader sums them per student and keeps the sheets in use. Grouping them in H2, joined to
-- the sheets, took 8-14 s for the 3.7 million marks of a 150,000-student year; streaming them takes 5.6.
SELECT m.student_id, m.source_id, m.grade_points, m.credits
FROM course_mark m
WHERE m.school_year = :schoolYear AND m.excluded = FALSE AND m.credits > 0

-- name: sheets-in-use
SELECT source_id FROM ingest_source WHERE status = 'LOADED'

-- name: baseline-sheets
-- The sheets in use of some datasets, with the span of what each holds, in the order a baseline's fingerprint
-- takes them: by file and sheet, which a crash does not renumber as it may the ids.
SELECT source_id, file_sha256, sheet_index, first_period, last_period
FROM ingest_source
WHERE status = 'LOADED' AND dataset IN (:datasets)
ORDER BY file_sha256, sheet_index, source_id

-- name: effect-baseline
SELECT baseline_id FROM effect_baseline WHERE baseline_key = :baselineKey AND sheets_sha256 = :sheetsSha256

-- name: effect-baseline-students
SELECT student_id, amount, base FROM effect_baseline_student WHERE baseline_id = :baselineId

-- name: use-effect-baseline
UPDATE effect_baseline SET used_by = :usedBy WHERE baseline_id = :baselineId

-- name: insert-effect-baseline
INSERT INTO effect_baseline (baseline_key, sheets_sha256, summed_at, used_by)
VALUES (:baselineKey, :sheetsSha256, CURRENT_TIMESTAMP, :usedBy)

-- name: insert-effect-baseline-student
INSERT INTO effect_baseline_student (baseline_id, student_id, amount, base)
VALUES (:baselineId, :studentId, :amount, :base)

-- name: delete-effect-baseline-students
DELETE FROM effect_baseline_student
WHERE baseline_id IN (SELECT baseline_id FROM effect_baseline WHERE baseline_key = :baselineKey)

-- name: delete-effect-baseline
DELETE FROM effect_baseline WHERE baseline_key = :baselineKey

-- name: delete-unused-effect-baseline-students
DELETE FROM effect_baseline_student
WHERE baseline_id IN (SELECT baseline_id FROM effect_baseline WHERE used_by <> :usedBy)

-- name: delete-unused-effect-baselines
DELETE FROM effect_baseline WHERE used_by <> :usedBy
