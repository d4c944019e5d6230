-- name: source-by-hash
SELECT source_id, status, job_instance_id
FROM ingest_source
WHERE file_sha256 = :sha256
ORDER BY sheet_index

-- name: orphaned-sources
-- Sheets a run registered and did not finish loading, whose run is not this one: their partial rows are removed
-- and this run loads them again, so nothing is loaded twice.
SELECT source_id
FROM ingest_source
WHERE file_sha256 = :sha256 AND status = 'PENDING' AND job_instance_id <> :jobInstanceId

-- name: delete-source-rejects
DELETE FROM ingest_reject WHERE source_id = :sourceId

-- name: delete-source-enrolments
DELETE FROM enrolment WHERE source_id = :sourceId

-- name: delete-source-attendance-summaries
DELETE FROM attendance_summary WHERE source_id = :sourceId

-- name: adopt-source
UPDATE ingest_source SET job_instance_id = :jobInstanceId WHERE source_id = :sourceId

-- name: insert-source
INSERT INTO ingest_source (file_name, file_sha256, sheet_index, sheet_name, dataset, header_row, date1904, status,
                           problem, job_instance_id, registered_at)
VALUES (:fileName, :sha256, :sheetIndex, :sheetName, :dataset, :headerRow, :date1904, :status,
        :problem, :jobInstanceId, CURRENT_TIMESTAMP)

-- name: pending-sources
SELECT source_id, file_name, sheet_index, sheet_name, header_row, date1904
FROM ingest_source
WHERE job_instance_id = :jobInstanceId AND dataset = :dataset AND status = 'PENDING'
ORDER BY source_id

-- name: insert-reject
INSERT INTO ingest_reject (source_id, source_row, column_name, cell_value, reason)
VALUES (:sourceId, :sourceRow, :columnName, :cellValue, :reason)

-- name: merge-school
MERGE INTO school s
USING (VALUES (CAST(:schoolId AS VARCHAR(40)), CAST(:name AS VARCHAR(200)), CAST(:level AS VARCHAR(40)),
               CAST(:sourceId AS BIGINT))) AS v (school_id, school_name, school_level, source_id)
ON s.school_id = v.school_id
WHEN MATCHED THEN UPDATE SET school_name = v.school_name, school_level = v.school_level, source_id = v.source_id
WHEN NOT MATCHED THEN INSERT (school_id, school_name, school_level, source_id)
    VALUES (v.school_id, v.school_name, v.school_level, v.source_id)

-- name: insert-enrolment
INSERT INTO enrolment (source_id, source_row, student_id, school_id, grade, entry_date, exit_date)
VALUES (:sourceId, :sourceRow, :studentId, :schoolId, :grade, :entryDate, :exitDate)

-- name: insert-attendance-summary
INSERT INTO attendance_summary (source_id, source_row, student_id, school_id, period_start, period_end,
                                days_enrolled, days_present)
VALUES (:sourceId, :sourceRow, :studentId, :schoolId, :periodStart, :periodEnd, :daysEnrolled, :daysPresent)

-- name: student-schools
-- Each student's school from the most recent enrolment on any roster; fills an attendance row's missing school.
SELECT e.student_id, e.school_id
FROM enrolment e
ORDER BY e.student_id, e.entry_date

-- name: finish-sources
UPDATE ingest_source
SET status = 'LOADED',
    rows_loaded = (SELECT COUNT(*) FROM enrolment e WHERE e.source_id = ingest_source.source_id)
                + (SELECT COUNT(*) FROM attendance_summary a WHERE a.source_id = ingest_source.source_id)
                + (SELECT COUNT(*) FROM school s WHERE s.source_id = ingest_source.source_id),
    rows_rejected = (SELECT COUNT(*) FROM ingest_reject r WHERE r.source_id = ingest_source.source_id)
WHERE job_instance_id = :jobInstanceId AND status = 'PENDING'

-- name: month-data-received
-- Attendance sheets with rows in the month, with their loaded and rejected row counts.
SELECT COUNT(*) AS files, COALESCE(SUM(s.rows_loaded), 0) AS rows_loaded,
       COALESCE(SUM(s.rows_rejected), 0) AS rows_rejected
FROM ingest_source s
WHERE s.status = 'LOADED'
  AND EXISTS (SELECT 1 FROM attendance_summary a
              WHERE a.source_id = s.source_id AND a.period_end >= :fromDate AND a.period_end <= :throughDate)

-- name: schools-without-attendance
SELECT sc.school_name
FROM school sc
WHERE NOT EXISTS (SELECT 1 FROM attendance_summary a
                  WHERE a.school_id = sc.school_id AND a.period_end >= :fromDate AND a.period_end <= :throughDate)
ORDER BY sc.school_name

-- name: problem-sheets
-- Files and sheets that could not be used, registered by one run, with the reason.
SELECT file_name, sheet_name, status, problem
FROM ingest_source
WHERE job_instance_id = :jobInstanceId AND status IN ('UNRECOGNISED', 'UNREADABLE')
ORDER BY file_name, sheet_index

-- name: school-names
SELECT school_id, school_name FROM school ORDER BY school_id

-- name: latest-attendance-date
SELECT MAX(period_end) FROM attendance_summary WHERE period_end <= :throughDate
