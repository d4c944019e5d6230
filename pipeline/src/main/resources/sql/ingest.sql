-- name: source-by-hash
SELECT source_id, status, job_instance_id
FROM ingest_source
WHERE file_sha256 = :sha256
ORDER BY sheet_index

-- name: source
SELECT source_id, file_name, sheet_index, sheet_name, dataset, header_row, date1904, column_map, day_first,
       claimed_period
FROM ingest_source
WHERE source_id = :sourceId

-- name: orphaned-sources
-- Sheets a run registered and did not finish loading, whose run is not this one: their partial rows are removed
-- and this run loads them again, so nothing is loaded twice.
SELECT source_id
FROM ingest_source
WHERE file_sha256 = :sha256 AND status = 'PENDING' AND job_instance_id <> :jobInstanceId

-- name: delete-source-rejects
DELETE FROM ingest_reject WHERE source_id = :sourceId AND source_row > :afterRow

-- name: delete-source-enrolments
DELETE FROM enrolment WHERE source_id = :sourceId AND source_row > :afterRow

-- name: delete-source-attendance-summaries
DELETE FROM attendance_summary WHERE source_id = :sourceId AND source_row > :afterRow

-- name: delete-source-daily-attendance
DELETE FROM daily_attendance WHERE source_id = :sourceId AND source_row > :afterRow

-- name: delete-source-course-marks
DELETE FROM course_mark WHERE source_id = :sourceId AND source_row > :afterRow

-- name: delete-source-term-dates
DELETE FROM term_date WHERE source_id = :sourceId AND source_row > :afterRow

-- name: delete-source-goals
DELETE FROM partnership_goal WHERE source_id = :sourceId AND source_row > :afterRow

-- name: delete-source-participation
DELETE FROM participation WHERE source_id = :sourceId AND source_row > :afterRow

-- name: delete-source-volunteer-hours
DELETE FROM volunteer_hours WHERE source_id = :sourceId AND source_row > :afterRow

-- name: delete-source-contributions
DELETE FROM contribution WHERE source_id = :sourceId AND source_row > :afterRow

-- name: delete-source-check-ins
DELETE FROM check_in WHERE source_id = :sourceId AND source_row > :afterRow

-- name: delete-source-stories
DELETE FROM story WHERE source_id = :sourceId AND source_row > :afterRow

-- name: delete-source-recipients
DELETE FROM recipient WHERE source_id = :sourceId AND source_row > :afterRow

-- name: forget-refused-source
-- A refused list loaded no rows: it is registered again, and judged again, each time it is in the inbox.
DELETE FROM ingest_source WHERE file_sha256 = :sha256 AND status = 'REFUSED'

-- name: refuse-source
-- Only a sheet still waiting to load: one already held or unreadable keeps the message that says what to fix in it.
UPDATE ingest_source SET status = 'REFUSED', problem = :problem
WHERE file_sha256 = :sha256 AND sheet_index = :sheetIndex AND status = 'PENDING'

-- name: school-ids-in-use
SELECT s.school_id FROM school s JOIN ingest_source i ON i.source_id = s.source_id WHERE i.status = 'LOADED'

-- name: partnership-ids-in-use
SELECT p.partnership_id FROM partnership p JOIN ingest_source i ON i.source_id = p.source_id
WHERE i.status = 'LOADED'

-- name: adopt-source
UPDATE ingest_source SET job_instance_id = :jobInstanceId WHERE source_id = :sourceId

-- name: insert-source
INSERT INTO ingest_source (file_name, file_sha256, sheet_index, sheet_name, dataset, header_row, date1904, status,
                           problem, job_instance_id, registered_at, column_map, columns_read, arrived_in,
                           file_modified_at, day_first, claimed_period, settings_fingerprint)
VALUES (:fileName, :sha256, :sheetIndex, :sheetName, :dataset, :headerRow, :date1904, :status,
        :problem, :jobInstanceId, CURRENT_TIMESTAMP, :columnMap, :columnsRead, :arrivedIn, :modifiedAt,
        :dayFirst, :claimedPeriod, :settings)

-- name: sheets-judged-under-other-settings
-- A file's sheets not in use (held back, not recognised, not readable) that were judged under other reading
-- settings, to be judged again. A list whose rows became the district's schools or partnerships is left alone:
-- those rows are merged into the lists, not kept per sheet.
SELECT s.source_id, s.sheet_index, s.file_name, s.status, s.day_first,
       COALESCE(s.arrived_in, s.job_instance_id) AS arrived_in
FROM ingest_source s
WHERE s.file_sha256 = :sha256 AND s.status IN ('HELD', 'UNRECOGNISED', 'UNREADABLE')
  AND (s.settings_fingerprint IS NULL OR s.settings_fingerprint <> :settings)
  AND NOT EXISTS (SELECT 1 FROM school c WHERE c.source_id = s.source_id)
  AND NOT EXISTS (SELECT 1 FROM partnership p WHERE p.source_id = s.source_id)
ORDER BY s.sheet_index

-- name: files-judged-under-other-settings
-- The files with a sheet the next registration judges again (sheets-judged-under-other-settings), by name, so that a
-- run can tell whether the inbox holds one without hashing it. Sheets judged before fingerprints were kept are judged
-- again by the next run that happens anyway, not made a reason for one.
SELECT DISTINCT s.file_name
FROM ingest_source s
WHERE s.status IN ('HELD', 'UNRECOGNISED', 'UNREADABLE')
  AND s.settings_fingerprint IS NOT NULL AND s.settings_fingerprint <> :settings
  AND NOT EXISTS (SELECT 1 FROM school c WHERE c.source_id = s.source_id)
  AND NOT EXISTS (SELECT 1 FROM partnership p WHERE p.source_id = s.source_id)

-- name: forget-source
DELETE FROM ingest_source WHERE source_id = :sourceId

-- name: pending-sources
SELECT source_id, dataset
FROM ingest_source
WHERE job_instance_id = :jobInstanceId AND status = 'PENDING' AND dataset IN (:datasets)
ORDER BY source_id
-- name: insert-reject
INSERT INTO ingest_reject (source_id, source_row, column_name, cell_value, reason_code, reason)
VALUES (:sourceId, :sourceRow, :columnName, :cellValue, :reasonCode, :reason)

-- name: merge-school
MERGE INTO school s
USING (VALUES (CAST(:schoolId AS VARCHAR(40)), CAST(:name AS VARCHAR(200)), CAST(:level AS VARCHAR(40)),
               CAST(:sourceId AS BIGINT))) AS v (school_id, school_name, school_level, source_id)
ON s.school_id = v.school_id
WHEN MATCHED THEN UPDATE SET school_name = v.school_name, school_level = v.school_level, source_id = v.source_id
WHEN NOT MATCHED THEN INSERT (school_id, school_name, school_level, source_id)
    VALUES (v.school_id, v.school_name, v.school_level, v.source_id)

-- name: insert-enrolment
INSERT INTO enrolment (source_id, source_row, student_id, school_id, grade, entry_date, exit_date, gender,
                       race_ethnicity, english_learner, disability, economically_disadvantaged, homeless, foster)
VALUES (:sourceId, :sourceRow, :studentId, :schoolId, :grade, :entryDate, :exitDate, :gender,
        :raceEthnicity, :englishLearner, :disability, :economicallyDisadvantaged, :homeless, :foster)

-- name: insert-daily-attendance
INSERT INTO daily_attendance (source_id, source_row, student_id, school_id, attendance_date, status, minutes)
VALUES (:sourceId, :sourceRow, :studentId, :schoolId, :attendanceDate, :status, :minutes)

-- name: insert-course-mark
INSERT INTO course_mark (source_id, source_row, student_id, school_id, term, course, mark, grade_points, credits,
                         excluded, school_year, date_stored)
VALUES (:sourceId, :sourceRow, :studentId, :schoolId, :term, :course, :mark, :gradePoints, :credits, :excluded,
        :schoolYear, :dateStored)

-- name: insert-term-date
INSERT INTO term_date (source_id, source_row, school_id, school_year, term, start_date, end_date)
VALUES (:sourceId, :sourceRow, :schoolId, :schoolYear, :term, :startDate, :endDate)

-- name: merge-partnership
MERGE INTO partnership p
USING (VALUES (CAST(:partnershipId AS VARCHAR(40)), CAST(:partnerName AS VARCHAR(200)),
               CAST(:partnershipType AS VARCHAR(80)), CAST(:startDate AS DATE), CAST(:endDate AS DATE),
               CAST(:baselineStart AS DATE), CAST(:baselineEnd AS DATE),
               CAST(:districtInvestment AS DECIMAL(14,2)), CAST(:partnerInvestment AS DECIMAL(14,2)),
               CAST(:checkInCadence AS VARCHAR(40)), CAST(:minimumDosageHours AS DECIMAL(8,2)),
               CAST(:sourceId AS BIGINT)))
    AS v (partnership_id, partner_name, partnership_type, start_date, end_date, baseline_start, baseline_end,
          district_investment, partner_investment, check_in_cadence, minimum_dosage_hours, source_id)
ON p.partnership_id = v.partnership_id
WHEN MATCHED THEN UPDATE SET partner_name = v.partner_name, partnership_type = v.partnership_type,
    start_date = v.start_date, end_date = v.end_date, baseline_start = v.baseline_start,
    baseline_end = v.baseline_end, district_investment = v.district_investment,
    partner_investment = v.partner_investment, check_in_cadence = v.check_in_cadence,
    minimum_dosage_hours = v.minimum_dosage_hours, source_id = v.source_id
WHEN NOT MATCHED THEN INSERT (partnership_id, partner_name, partnership_type, start_date, end_date, baseline_start,
    baseline_end, district_investment, partner_investment, check_in_cadence, minimum_dosage_hours, source_id)
    VALUES (v.partnership_id, v.partner_name, v.partnership_type, v.start_date, v.end_date, v.baseline_start,
            v.baseline_end, v.district_investment, v.partner_investment, v.check_in_cadence,
            v.minimum_dosage_hours, v.source_id)

-- name: delete-partnership-schools
DELETE FROM partnership_school WHERE partnership_id = :partnershipId

-- name: insert-partnership-school
INSERT INTO partnership_school (partnership_id, school_id) VALUES (:partnershipId, :schoolId)

-- name: insert-goal
INSERT INTO partnership_goal (source_id, source_row, partnership_id, kpi, target, by_date)
VALUES (:sourceId, :sourceRow, :partnershipId, :kpi, :target, :byDate)

-- name: insert-participation
INSERT INTO participation (source_id, source_row, partnership_id, student_id, session_date, period_end, hours,
                           activity)
VALUES (:sourceId, :sourceRow, :partnershipId, :studentId, :sessionDate, :periodEnd, :hours, :activity)

-- name: insert-volunteer-hours
INSERT INTO volunteer_hours (source_id, source_row, partnership_id, report_month, hours, volunteers)
VALUES (:sourceId, :sourceRow, :partnershipId, :reportMonth, :hours, :volunteers)

-- name: insert-contribution
INSERT INTO contribution (source_id, source_row, partnership_id, contribution_date, kind, amount, description,
                          funder)
VALUES (:sourceId, :sourceRow, :partnershipId, :contributionDate, :kind, :amount, :description, :funder)

-- name: insert-check-in
INSERT INTO check_in (source_id, source_row, partnership_id, check_in_date, status, notes)
VALUES (:sourceId, :sourceRow, :partnershipId, :checkInDate, :status, :notes)

-- name: insert-story
INSERT INTO story (source_id, source_row, partnership_id, story_date, title, story_text, quote, attribution, consent)
VALUES (:sourceId, :sourceRow, :partnershipId, :storyDate, :title, :storyText, :quote, :attribution, :consent)

-- name: insert-recipient
INSERT INTO recipient (source_id, source_row, name, email, role, scope, scope_id)
VALUES (:sourceId, :sourceRow, :name, :email, :role, :scope, :scopeId)

-- name: partnership-ids
SELECT partnership_id FROM partnership

-- name: insert-attendance-summary
INSERT INTO attendance_summary (source_id, source_row, student_id, school_id, period_start, period_end,
                                days_enrolled, days_present)
VALUES (:sourceId, :sourceRow, :studentId, :schoolId, :periodStart, :periodEnd, :daysEnrolled, :daysPresent)

-- name: student-schools
-- Each student's school from the most recent enrolment on any roster in use, or loaded by this run; fills an
-- activity row's missing school.
SELECT e.student_id, e.school_id
FROM enrolment e
JOIN ingest_source s ON s.source_id = e.source_id
WHERE s.status = 'LOADED' OR (s.status = 'PENDING' AND s.job_instance_id = :jobInstanceId)
ORDER BY e.student_id, e.entry_date
-- name: month-sheets-received
-- Every sheet in use behind a month's reports, with who it is for and its loaded and rejected rows: the month's
-- activity (attendance, participation, volunteer hours, contributions, by the dates of their rows) and the lists the
-- figures rest on whatever their date (schools, rosters, partnerships and goals, term dates, course marks, check-ins,
-- stories). The distribution list is about recipients, not students, and is left out. Daily attendance is found by its
-- monthly sums (attendance_month, read by its key): an EXISTS per sheet on the daily rows walked every row of every
-- earlier month's sheet (15 s at 15,000 students).
SELECT s.source_id, s.dataset, s.sender, COALESCE(s.rows_loaded, 0) AS rows_loaded,
       COALESCE(s.rows_rejected, 0) AS rows_rejected
FROM ingest_source s
WHERE s.status = 'LOADED'
  AND (s.dataset IN ('SCHOOLS', 'ROSTER', 'PARTNERSHIPS', 'PARTNERSHIP_GOALS', 'TERM_DATES', 'COURSE_MARKS',
                     'CHECK_INS', 'STORIES')
    OR s.source_id IN (SELECT a.source_id FROM attendance_summary a
                       WHERE a.period_end >= :fromDate AND a.period_end <= :throughDate)
    OR s.source_id IN (SELECT m.source_id FROM attendance_month m WHERE m.month_start = :fromDate)
    OR s.source_id IN (SELECT p.source_id FROM participation p
                       WHERE p.session_date >= :fromDate AND p.session_date <= :throughDate)
    OR s.source_id IN (SELECT v.source_id FROM volunteer_hours v WHERE v.report_month = :month)
    OR s.source_id IN (SELECT c.source_id FROM contribution c
                       WHERE c.contribution_date >= :fromDate AND c.contribution_date <= :throughDate))
ORDER BY s.dataset, s.source_id

-- name: schools-without-attendance
-- Schools that sent no attendance for the month; daily attendance by its monthly sums (:fromDate is the month's
-- first day). A summary whose period starts before the month is not the month's attendance: it counts only toward
-- the year to date.
SELECT sc.school_name
FROM school sc
WHERE NOT EXISTS (SELECT 1 FROM attendance_summary a JOIN ingest_source s ON s.source_id = a.source_id
                  WHERE s.status = 'LOADED' AND a.school_id = sc.school_id
                    AND a.period_start >= :fromDate AND a.period_end <= :throughDate)
  AND NOT EXISTS (SELECT 1 FROM attendance_month m JOIN ingest_source s ON s.source_id = m.source_id
                  WHERE s.status = 'LOADED' AND m.month_start = :fromDate AND m.school_id = sc.school_id)
ORDER BY sc.school_name

-- name: partnerships-without-participation
-- Partnerships active in the month that sent no participation for it.
SELECT p.partner_name
FROM partnership p
WHERE p.start_date <= :throughDate AND (p.end_date IS NULL OR p.end_date >= :fromDate)
  AND NOT EXISTS (SELECT 1 FROM participation x JOIN ingest_source s ON s.source_id = x.source_id
                  WHERE s.status = 'LOADED' AND x.partnership_id = p.partnership_id
                    AND x.session_date >= :fromDate AND x.session_date <= :throughDate)
ORDER BY p.partner_name

-- name: problem-sheets
-- Files and sheets that could not be used, registered by one run, with their status and whom they are for, where known
-- (a sheet held back; not one that could not be read or recognised).
SELECT file_name, sheet_name, status, sender
FROM ingest_source
WHERE job_instance_id = :jobInstanceId AND status IN ('UNRECOGNISED', 'UNREADABLE', 'HELD', 'REFUSED')
ORDER BY file_name, sheet_index

-- name: known-school-ids
SELECT school_id FROM school

-- name: school-names
SELECT school_id, school_name FROM school ORDER BY school_id

-- name: latest-summary-period-end
-- The newest end of a summarised period up to the month's end.
SELECT MAX(period_end) FROM attendance_summary WHERE period_end <= :throughDate

-- name: latest-daily-attendance-days
-- The newest month of daily attendance up to :monthStart, and the largest of its bitmaps of days enrolled: bit 0
-- is the 1st and no bitmap uses the sign bit, so the largest has the month's latest day as its highest bit. Read
-- from the monthly sums, since the daily rows have no index by date (V22); ORDER BY ... FETCH FIRST reads the key
-- from its end, where MAX(...) with a WHERE walked it from the start.
SELECT month_start, MAX(enrolled_days) AS days
FROM attendance_month
WHERE month_start = (SELECT month_start FROM attendance_month WHERE month_start <= :monthStart
                     ORDER BY month_start DESC FETCH FIRST ROW ONLY)
GROUP BY month_start

-- name: mark-unreadable
UPDATE ingest_source SET status = 'UNREADABLE', problem = :problem, completed_at = CURRENT_TIMESTAMP
WHERE source_id = :sourceId

-- name: sources-to-complete
SELECT source_id, dataset, claimed_period
FROM ingest_source
WHERE job_instance_id = :jobInstanceId AND status = 'PENDING'
ORDER BY source_id

-- name: commonest-reject-reason
SELECT reason_code FROM ingest_reject WHERE source_id = :sourceId
GROUP BY reason_code ORDER BY COUNT(*) DESC, reason_code FETCH FIRST ROW ONLY

-- name: reject-count
SELECT COUNT(*) FROM ingest_reject WHERE source_id = :sourceId

-- name: yearless-mark-sheets
-- The run's course-mark sheets still loading that hold marks with no school year (MarkSchoolYears).
SELECT s.source_id, s.file_name
FROM ingest_source s
WHERE s.job_instance_id = :jobInstanceId AND s.status = 'PENDING' AND s.dataset = 'COURSE_MARKS'
  AND EXISTS (SELECT 1 FROM course_mark m WHERE m.source_id = s.source_id AND m.school_year IS NULL)
ORDER BY s.source_id

-- name: marks-with-school-year
-- Course-mark sheets in use or loading in this run with at least one mark that has its school year.
SELECT COUNT(*)
FROM ingest_source s
WHERE s.dataset = 'COURSE_MARKS'
  AND (s.status = 'LOADED' OR (s.status = 'PENDING' AND s.job_instance_id = :jobInstanceId))
  AND EXISTS (SELECT 1 FROM course_mark m WHERE m.source_id = s.source_id AND m.school_year IS NOT NULL)

-- name: run-dated-sheet-periods
-- The first and last day of the run's attendance and participation sheets, once they are completed.
SELECT first_period, last_period
FROM ingest_source
WHERE job_instance_id = :jobInstanceId AND first_period IS NOT NULL
  AND dataset IN ('DAILY_ATTENDANCE', 'ATTENDANCE_SUMMARY', 'PARTICIPATION')

-- name: sheet-mark-school-years
SELECT DISTINCT school_year
FROM course_mark
WHERE source_id = :sourceId AND school_year IS NOT NULL
ORDER BY school_year

-- name: place-yearless-marks
UPDATE course_mark SET school_year = :schoolYear WHERE source_id = :sourceId AND school_year IS NULL

-- name: reject-yearless-marks
INSERT INTO ingest_reject (source_id, source_row, column_name, cell_value, reason_code, reason)
SELECT source_id, source_row, 'school year', '', CAST(:reasonCode AS VARCHAR(40)), CAST(:reason AS VARCHAR(1000))
FROM course_mark
WHERE source_id = :sourceId AND school_year IS NULL

-- name: delete-yearless-marks
DELETE FROM course_mark WHERE source_id = :sourceId AND school_year IS NULL

-- name: complete-source
UPDATE ingest_source
SET status = :status, rows_read = :rowsRead, rows_loaded = :rowsLoaded, rows_rejected = :rowsRejected,
    sender = :sender, period_key = :periodKey, first_period = :firstPeriod, last_period = :lastPeriod,
    problem = :problem, completed_at = CURRENT_TIMESTAMP
WHERE source_id = :sourceId

-- Of two loaded versions of one dataset for one period, from one sender or sent under the same file name and sheet
-- (a correction in which one student now sits at another school is sent by "the district", not by that school, yet
-- it is still a version of the file it corrects), the one in use is the later arrival (the run that first saw it),
-- then the file modified later; the registration order breaks only a tie of both, never the order file names sort
-- in (a "-corrected" copy sorts before its original).
-- name: newer-version
SELECT o.source_id
FROM ingest_source o
JOIN ingest_source n ON n.source_id = :sourceId
WHERE o.dataset = :dataset AND o.period_key = :periodKey AND o.status = 'LOADED'
  AND (o.sender = :sender OR (o.file_name = n.file_name AND o.sheet_index = n.sheet_index))
  AND o.source_id <> n.source_id
  AND (COALESCE(o.arrived_in, 0) > COALESCE(n.arrived_in, 0)
       OR (COALESCE(o.arrived_in, 0) = COALESCE(n.arrived_in, 0)
           AND (COALESCE(o.file_modified_at, o.registered_at) > COALESCE(n.file_modified_at, n.registered_at)
                OR (COALESCE(o.file_modified_at, o.registered_at) = COALESCE(n.file_modified_at, n.registered_at)
                    AND o.source_id > n.source_id))))
ORDER BY COALESCE(o.arrived_in, 0) DESC, COALESCE(o.file_modified_at, o.registered_at) DESC, o.source_id DESC
FETCH FIRST ROW ONLY

-- name: replace-other-versions
UPDATE ingest_source
SET status = 'REPLACED', replaced_by = :sourceId
WHERE dataset = :dataset AND period_key = :periodKey AND status = 'LOADED' AND source_id <> :sourceId
  AND (sender = :sender
       OR (file_name = (SELECT n.file_name FROM ingest_source n WHERE n.source_id = :sourceId)
           AND sheet_index = (SELECT n.sheet_index FROM ingest_source n WHERE n.source_id = :sourceId)))

-- name: mark-replaced
UPDATE ingest_source SET status = 'REPLACED', replaced_by = :newerId WHERE source_id = :sourceId

-- What a loaded sheet holds, for the ledger: its rows, who sent it (one school or partnership, else the district)
-- and the span of its dates (or terms). One statement per dataset.

-- name: extent-SCHOOLS
SELECT COUNT(*) AS row_count, 1 AS senders, 'district' AS sender, NULL AS first_period, NULL AS last_period
FROM school
WHERE source_id = :sourceId

-- name: extent-PARTNERSHIPS
SELECT COUNT(*) AS row_count, 1 AS senders, 'district' AS sender, NULL AS first_period, NULL AS last_period
FROM partnership
WHERE source_id = :sourceId

-- name: extent-PARTNERSHIP_GOALS
SELECT COUNT(*) AS row_count, 1 AS senders, 'district' AS sender, NULL AS first_period, NULL AS last_period
FROM partnership_goal
WHERE source_id = :sourceId

-- name: extent-DISTRIBUTION_LIST
SELECT COUNT(*) AS row_count, 1 AS senders, 'district' AS sender, NULL AS first_period, NULL AS last_period
FROM recipient
WHERE source_id = :sourceId

-- name: extent-ROSTER
SELECT COUNT(*) AS row_count, COUNT(DISTINCT school_id) AS senders, MIN(school_id) AS sender, CAST(MIN(entry_date) AS VARCHAR(40)) AS first_period, CAST(MAX(entry_date) AS VARCHAR(40)) AS last_period
FROM enrolment
WHERE source_id = :sourceId

-- name: extent-DAILY_ATTENDANCE
SELECT COUNT(*) AS row_count, COUNT(DISTINCT school_id) AS senders, MIN(school_id) AS sender, CAST(MIN(attendance_date) AS VARCHAR(40)) AS first_period, CAST(MAX(attendance_date) AS VARCHAR(40)) AS last_period
FROM daily_attendance
WHERE source_id = :sourceId

-- name: extent-ATTENDANCE_SUMMARY
SELECT COUNT(*) AS row_count, COUNT(DISTINCT school_id) AS senders, MIN(school_id) AS sender, CAST(MIN(period_end) AS VARCHAR(40)) AS first_period, CAST(MAX(period_end) AS VARCHAR(40)) AS last_period
FROM attendance_summary
WHERE source_id = :sourceId

-- name: extent-COURSE_MARKS
SELECT COUNT(*) AS row_count, COUNT(DISTINCT school_id) AS senders, MIN(school_id) AS sender,
       CAST(MIN(COALESCE(school_year, '?') || ' ' || term) AS VARCHAR(40)) AS first_period,
       CAST(MAX(COALESCE(school_year, '?') || ' ' || term) AS VARCHAR(40)) AS last_period
FROM course_mark
WHERE source_id = :sourceId

-- name: extent-TERM_DATES
-- A term dates sheet is a version of the sheet of the same name (gradingPeriods, Session, a district's "Terms") for
-- the same school, or the district, and school years: an interchange's GradingPeriod and Session records for the same
-- schools and year are two lists, neither a correction of the other.
SELECT COUNT(*) AS row_count, 1 AS senders,
       LEFT((SELECT s.sheet_name FROM ingest_source s WHERE s.source_id = :sourceId) || ': '
            || CASE WHEN COUNT(DISTINCT COALESCE(school_id, '')) = 1 THEN MIN(COALESCE(school_id, 'district'))
                    ELSE 'district' END, 200) AS sender,
       MIN(school_year) AS first_period, MAX(school_year) AS last_period
FROM term_date
WHERE source_id = :sourceId

-- name: extent-PARTICIPATION
SELECT COUNT(*) AS row_count, COUNT(DISTINCT partnership_id) AS senders, MIN(partnership_id) AS sender, CAST(MIN(session_date) AS VARCHAR(40)) AS first_period, CAST(MAX(session_date) AS VARCHAR(40)) AS last_period
FROM participation
WHERE source_id = :sourceId

-- name: extent-VOLUNTEER_HOURS
SELECT COUNT(*) AS row_count, COUNT(DISTINCT partnership_id) AS senders, MIN(partnership_id) AS sender, CAST(MIN(report_month) AS VARCHAR(40)) AS first_period, CAST(MAX(report_month) AS VARCHAR(40)) AS last_period
FROM volunteer_hours
WHERE source_id = :sourceId

-- name: extent-CONTRIBUTIONS
SELECT COUNT(*) AS row_count, COUNT(DISTINCT partnership_id) AS senders, MIN(partnership_id) AS sender, CAST(MIN(contribution_date) AS VARCHAR(40)) AS first_period, CAST(MAX(contribution_date) AS VARCHAR(40)) AS last_period
FROM contribution
WHERE source_id = :sourceId

-- name: extent-CHECK_INS
SELECT COUNT(*) AS row_count, 1 AS senders, 'district' AS sender, CAST(MIN(check_in_date) AS VARCHAR(40)) AS first_period, CAST(MAX(check_in_date) AS VARCHAR(40)) AS last_period
FROM check_in
WHERE source_id = :sourceId

-- name: extent-STORIES
SELECT COUNT(*) AS row_count, COUNT(DISTINCT partnership_id) AS senders, MIN(partnership_id) AS sender, CAST(MIN(story_date) AS VARCHAR(40)) AS first_period, CAST(MAX(story_date) AS VARCHAR(40)) AS last_period
FROM story
WHERE source_id = :sourceId

-- name: run-files
-- Every sheet a run registered, with its outcome, for the summary printed at the end of the run.
SELECT source_id, file_name, sheet_name, dataset, header_row, columns_read, status, rows_read, rows_loaded,
       rows_rejected, problem
FROM ingest_source
WHERE job_instance_id = :jobInstanceId
ORDER BY file_name, sheet_index

-- name: run-replacements
-- The versions this run's sheets took the place of, earlier runs' included, for "X replaces Y" in the summary.
SELECT n.source_id, o.file_name, o.sheet_name
FROM ingest_source o
JOIN ingest_source n ON n.source_id = o.replaced_by
WHERE n.job_instance_id = :jobInstanceId
ORDER BY n.source_id, o.file_name

-- name: run-reject-reasons
SELECT r.source_id, r.reason_code, COUNT(*) AS rejects
FROM ingest_reject r
JOIN ingest_source s ON s.source_id = r.source_id
WHERE s.job_instance_id = :jobInstanceId
GROUP BY r.source_id, r.reason_code
ORDER BY r.source_id, COUNT(*) DESC, r.reason_code

-- name: run-first-rejects
SELECT s.file_name, s.sheet_name, r.source_row, r.column_name, r.cell_value, r.reason
FROM ingest_reject r
JOIN ingest_source s ON s.source_id = r.source_id
WHERE s.job_instance_id = :jobInstanceId
ORDER BY s.file_name, s.sheet_index, r.source_row
FETCH FIRST :limit ROWS ONLY

-- name: month-replacements
-- Corrected files in use for the month's attendance and the versions they replaced, so reports name the version used.
SELECT n.file_name AS used, o.file_name AS replaced, n.registered_at, n.sender
FROM ingest_source o
JOIN ingest_source n ON n.source_id = o.replaced_by
WHERE o.status = 'REPLACED' AND n.status = 'LOADED'
  AND n.dataset IN ('ATTENDANCE_SUMMARY', 'DAILY_ATTENDANCE')
  AND n.period_key >= :fromMonth AND n.period_key <= :throughMonth
ORDER BY n.file_name, o.file_name

-- name: unsummarised-sources
-- Sheets in use whose daily records (if any) are not yet in attendance_month.
SELECT s.source_id
FROM ingest_source s
LEFT JOIN attendance_month_source m ON m.source_id = s.source_id AND m.file_sha256 = s.file_sha256
     AND m.sheet_index = s.sheet_index AND m.registered_at = s.registered_at
WHERE s.status = 'LOADED' AND m.source_id IS NULL
ORDER BY s.source_id

-- name: source-daily-rows
-- How many daily rows a sheet has: its key leads with the sheet.
SELECT COUNT(*) FROM daily_attendance WHERE source_id = :sourceId

-- name: source-daily-attendance
SELECT student_id, school_id, attendance_date, status FROM daily_attendance WHERE source_id = :sourceId

-- name: source-summarised
-- Whether rows of a sheet with this id were summarised: only when the id was reused for another sheet.
SELECT COUNT(*) FROM attendance_month_source WHERE source_id = :sourceId

-- name: delete-source-months
-- Scans the table (its key leads with the month): needed only for a reused sheet id.
DELETE FROM attendance_month WHERE source_id = :sourceId

-- name: delete-source-summarised
DELETE FROM attendance_month_source WHERE source_id = :sourceId

-- name: insert-attendance-month
INSERT INTO attendance_month (source_id, month_start, student_id, school_id, layer, days_enrolled, days_present,
                              days_tardy, days_suspended, enrolled_days, present_days, tardy_days, suspended_days)
VALUES (:sourceId, :monthStart, :studentId, :schoolId, :layer, :daysEnrolled, :daysPresent, :daysTardy,
        :daysSuspended, :enrolledDays, :presentDays, :tardyDays, :suspendedDays)

-- name: mark-source-summarised
INSERT INTO attendance_month_source (source_id, file_sha256, sheet_index, registered_at, summarised_at)
SELECT source_id, file_sha256, sheet_index, registered_at, CURRENT_TIMESTAMP
FROM ingest_source
WHERE source_id = :sourceId

-- name: purge-reject-details
-- After the retention period a rejected row keeps where it was and the kind of problem, not the cell or the wording
-- that quoted it (either may be a student id).
UPDATE ingest_reject SET cell_value = NULL, reason = :purgedReason
WHERE reason <> :purgedReason
  AND source_id IN (SELECT source_id FROM ingest_source WHERE registered_at < :cutoff)
