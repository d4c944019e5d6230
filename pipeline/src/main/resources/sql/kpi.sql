-- name: attendance-aggregates
-- Per school and for the district over one window of attendance (a month, or the school year to date): students,
-- days enrolled and present, and the chronic-absence counts. Monthly summaries and daily records are combined per
-- student; only sheets in use count (LOADED: not held back, not replaced by a newer version). A student's days are
-- summed per school for the school figures and across schools for the district's, so a student who moved counts
-- once district-wide. Tardy counts as present unless :tardyIsPresent is 0.
WITH attendance AS (
    SELECT a.student_id, a.school_id, a.days_enrolled AS enrolled, a.days_present AS present
    FROM attendance_summary a
    JOIN ingest_source s ON s.source_id = a.source_id AND s.status = 'LOADED'
    WHERE a.period_end >= :fromDate AND a.period_end <= :throughDate
    UNION ALL
    SELECT d.student_id, d.school_id, 1,
           CASE WHEN d.status = 'P' OR (d.status = 'T' AND :tardyIsPresent = 1) THEN 1 ELSE 0 END
    FROM daily_attendance d
    JOIN ingest_source s ON s.source_id = d.source_id AND s.status = 'LOADED'
    WHERE d.attendance_date >= :fromDate AND d.attendance_date <= :throughDate
), student_school AS (
    SELECT student_id, school_id, SUM(enrolled) AS enrolled, SUM(present) AS present
    FROM attendance
    GROUP BY student_id, school_id
), student_district AS (
    SELECT student_id, SUM(enrolled) AS enrolled, SUM(present) AS present
    FROM student_school
    GROUP BY student_id
)
SELECT 'SCHOOL' AS scope, school_id AS scope_id, COUNT(*) AS students,
       SUM(enrolled) AS days_enrolled, SUM(present) AS days_present,
       SUM(CASE WHEN enrolled >= :minimumEnrolledDays THEN 1 ELSE 0 END) AS eligible_students,
       SUM(CASE WHEN enrolled >= :minimumEnrolledDays AND enrolled - present >= :chronicThreshold * enrolled
                THEN 1 ELSE 0 END) AS chronically_absent
FROM student_school
GROUP BY school_id
UNION ALL
SELECT 'DISTRICT', 'district', COUNT(*),
       SUM(enrolled), SUM(present),
       SUM(CASE WHEN enrolled >= :minimumEnrolledDays THEN 1 ELSE 0 END),
       SUM(CASE WHEN enrolled >= :minimumEnrolledDays AND enrolled - present >= :chronicThreshold * enrolled
                THEN 1 ELSE 0 END)
FROM student_district
HAVING COUNT(*) > 0
ORDER BY 1, 2

-- name: delete-month
DELETE FROM kpi_value WHERE report_month = :reportMonth

-- name: insert-kpi
INSERT INTO kpi_value (report_month, period_kind, scope, scope_id, subgroup, kpi, kpi_value, numerator, denominator,
                       n, suppressed, suppression_reason, computed_at)
VALUES (:reportMonth, :periodKind, :scope, :scopeId, :subgroup, :kpi, :value, :numerator, :denominator,
        :n, :suppressed, :suppressionReason, CURRENT_TIMESTAMP)

-- name: month-values
SELECT report_month, period_kind, scope, scope_id, subgroup, kpi, kpi_value AS "value", numerator, denominator, n,
       suppressed, suppression_reason
FROM kpi_value
WHERE report_month = :reportMonth
ORDER BY period_kind, scope, scope_id, subgroup, kpi

-- name: suppress
UPDATE kpi_value
SET kpi_value = NULL, numerator = NULL, denominator = NULL, suppressed = TRUE, suppression_reason = :reason
WHERE report_month = :reportMonth AND period_kind = :periodKind AND scope = :scope AND scope_id = :scopeId
  AND subgroup = :subgroup AND kpi = :kpi

-- name: history
-- One KPI for one scope over a range of months, for trend charts; suppressed months come back with no value.
SELECT report_month, period_kind, scope, scope_id, subgroup, kpi, kpi_value AS "value", numerator, denominator, n,
       suppressed, suppression_reason
FROM kpi_value
WHERE scope = :scope AND scope_id = :scopeId AND subgroup = :subgroup AND kpi = :kpi AND period_kind = :periodKind
  AND report_month >= :fromMonth AND report_month <= :throughMonth
ORDER BY report_month
