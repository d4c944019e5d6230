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

-- name: insert-attempt
INSERT INTO delivery_log (job_instance_id, report_month, email, recipient_name, scopes, files, attempt, outcome,
                          detail, attempted_at, message_id)
VALUES (:jobInstanceId, :reportMonth, :email, :recipientName, :scopes, :files, :attempt, :outcome, :detail,
        :attemptedAt, :messageId)

-- name: set-outcome
UPDATE delivery_log SET outcome = :outcome, detail = :detail WHERE delivery_id = :deliveryId

-- name: instance-outcomes
-- Each address's last word in a run, the outcome of its latest row: what a restarted run still owes (FAILED,
-- NOT_SENT, or SENDING: cut off with its outcome unknown) and what it must not send again (SENT, WRITTEN, NO_REPORT).
SELECT LOWER(d.email) AS email, d.outcome
FROM delivery_log d
WHERE d.job_instance_id = :jobInstanceId
  AND d.delivery_id = (SELECT MAX(x.delivery_id) FROM delivery_log x
                       WHERE x.job_instance_id = d.job_instance_id AND LOWER(x.email) = LOWER(d.email))

-- name: sent-after-unknown-outcome
-- Addresses sent their e-mail after a try whose outcome is unknown (still SENDING: the run was cut off while the
-- server had it): they may hold two copies, with the same Message-ID.
SELECT DISTINCT LOWER(d.email)
FROM delivery_log d
WHERE d.job_instance_id = :jobInstanceId AND d.outcome = 'SENDING'
  AND EXISTS (SELECT 1 FROM delivery_log x
              WHERE x.job_instance_id = d.job_instance_id AND LOWER(x.email) = LOWER(d.email)
                AND x.delivery_id > d.delivery_id AND x.outcome = 'SENT')
ORDER BY LOWER(d.email)
