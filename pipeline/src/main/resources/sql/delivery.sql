-- name: recipients
-- The distribution list in use: the rows of the one loaded list (a newer list replaces the older one).
SELECT r.name, r.email, r.scope, r.scope_id
FROM recipient r JOIN ingest_source s ON s.source_id = r.source_id
WHERE s.status = 'LOADED'
ORDER BY LOWER(r.email), r.source_id, r.source_row

-- name: school-ids
SELECT school_id FROM school

-- name: partnership-ids
SELECT partnership_id FROM partnership

-- name: finished-emails
-- Recipients this run has already dealt with: sent, written (dry run) or told there was nothing for them.
SELECT DISTINCT LOWER(email) FROM delivery_log
WHERE job_instance_id = :jobInstanceId AND outcome IN ('SENT', 'WRITTEN', 'NO_REPORT')

-- name: insert-attempt
INSERT INTO delivery_log (job_instance_id, report_month, email, recipient_name, scopes, files, attempt, outcome,
                          detail, attempted_at)
VALUES (:jobInstanceId, :reportMonth, :email, :recipientName, :scopes, :files, :attempt, :outcome, :detail,
        :attemptedAt)

-- name: instance-outcomes
-- Each recipient's last word in a run: the outcome of their latest attempt.
SELECT d.email, d.outcome
FROM delivery_log d
WHERE d.job_instance_id = :jobInstanceId
  AND d.delivery_id = (SELECT MAX(x.delivery_id) FROM delivery_log x
                       WHERE x.job_instance_id = d.job_instance_id AND LOWER(x.email) = LOWER(d.email))
