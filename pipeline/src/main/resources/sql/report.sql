-- What the reports print beside the KPI figures: partnerships, the schools they serve, goals, check-ins, stories.

-- name: partnerships
SELECT partnership_id, partner_name, start_date FROM partnership ORDER BY partner_name, partnership_id

-- name: partnership-schools
SELECT partnership_id, school_id FROM partnership_school

-- name: goal-progress
SELECT partnership_id, kpi, target, by_date, achieved, status FROM goal_progress
WHERE report_month = :reportMonth
ORDER BY partnership_id, kpi

-- name: latest-check-ins
SELECT c.partnership_id, c.check_in_date, c.status FROM check_in c
WHERE c.check_in_date = (SELECT MAX(d.check_in_date) FROM check_in d
                         WHERE d.partnership_id = c.partnership_id AND d.check_in_date <= :throughDate)
ORDER BY c.partnership_id, c.source_id DESC, c.source_row DESC

-- name: consented-stories
SELECT partnership_id, story_date, title, story_text, quote, attribution FROM story
WHERE consent = TRUE AND story_date <= :throughDate
ORDER BY partnership_id, story_date DESC, source_id DESC, source_row
