-- Runs of the monthly job as the Spring Batch job repository records them, with what each did.
-- Unquoted identifiers: the BATCH_* tables are upper case in H2 and lower case in PostgreSQL.

-- name: completed-months
-- Months with a finished real run (a dry run does not count as the month's run).
SELECT DISTINCT p.PARAMETER_VALUE AS report_month
FROM BATCH_JOB_INSTANCE i
JOIN BATCH_JOB_EXECUTION e ON e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID
JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'month'
WHERE i.JOB_NAME = :jobName AND e.STATUS = 'COMPLETED'
  AND NOT EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION_PARAMS d
                  WHERE d.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND d.PARAMETER_NAME = 'dryRun')

-- name: recent-runs
-- One line per run of a month (a job instance): its first start, its last end and status, how many times it was
-- started, and what it did.
SELECT i.JOB_INSTANCE_ID AS job_instance_id,
       (SELECT MIN(p.PARAMETER_VALUE) FROM BATCH_JOB_EXECUTION_PARAMS p JOIN BATCH_JOB_EXECUTION x
           ON x.JOB_EXECUTION_ID = p.JOB_EXECUTION_ID
        WHERE x.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID AND p.PARAMETER_NAME = 'month') AS report_month,
       (SELECT COUNT(*) FROM BATCH_JOB_EXECUTION_PARAMS p JOIN BATCH_JOB_EXECUTION x
           ON x.JOB_EXECUTION_ID = p.JOB_EXECUTION_ID
        WHERE x.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID AND p.PARAMETER_NAME = 'dryRun') AS dry_runs,
       (SELECT MIN(x.START_TIME) FROM BATCH_JOB_EXECUTION x WHERE x.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID)
           AS started,
       last_execution.END_TIME AS ended,
       last_execution.STATUS AS status,
       (SELECT COUNT(*) FROM BATCH_JOB_EXECUTION x WHERE x.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID) AS attempts,
       (SELECT COUNT(*) FROM ingest_source s
        WHERE s.job_instance_id = i.JOB_INSTANCE_ID AND s.status IN ('LOADED', 'REPLACED')) AS files_loaded,
       (SELECT COALESCE(SUM(s.rows_rejected), 0) FROM ingest_source s
        WHERE s.job_instance_id = i.JOB_INSTANCE_ID) AS rows_rejected,
       (SELECT COUNT(*) FROM data_warning w WHERE w.job_instance_id = i.JOB_INSTANCE_ID) AS warnings,
       (SELECT COALESCE(SUM(x.WRITE_COUNT), 0) FROM BATCH_STEP_EXECUTION x JOIN BATCH_JOB_EXECUTION y
           ON y.JOB_EXECUTION_ID = x.JOB_EXECUTION_ID
        WHERE y.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID AND x.STEP_NAME LIKE 'render%'
          AND x.STATUS = 'COMPLETED') AS reports_written,
       (SELECT COUNT(DISTINCT LOWER(d.email)) FROM delivery_log d
        WHERE d.job_instance_id = i.JOB_INSTANCE_ID AND d.outcome IN ('SENT', 'WRITTEN')) AS emails_sent
FROM BATCH_JOB_INSTANCE i
JOIN BATCH_JOB_EXECUTION last_execution ON last_execution.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID
WHERE i.JOB_NAME = :jobName
  AND last_execution.JOB_EXECUTION_ID = (SELECT MAX(x.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION x
                                         WHERE x.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID)
ORDER BY i.JOB_INSTANCE_ID DESC
LIMIT :limit

-- name: step-progress
-- The steps of one job execution as they stand: what the progress lines on the console are made of.
SELECT STEP_EXECUTION_ID AS step_execution_id, STEP_NAME AS step_name, STATUS AS status,
       READ_COUNT AS read_count, WRITE_COUNT AS write_count,
       READ_SKIP_COUNT + PROCESS_SKIP_COUNT + WRITE_SKIP_COUNT AS skip_count,
       START_TIME AS start_time, END_TIME AS end_time
FROM BATCH_STEP_EXECUTION
WHERE JOB_EXECUTION_ID = :jobExecutionId
ORDER BY STEP_EXECUTION_ID
