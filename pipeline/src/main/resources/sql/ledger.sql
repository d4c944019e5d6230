-- The figure ledger: every number the month's reports print and the stored figure it claims to be.

-- name: delete-month
DELETE FROM figure_ledger WHERE report_month = :reportMonth

-- name: delete-report
DELETE FROM figure_ledger WHERE report_month = :reportMonth AND report_file = :reportFile

-- name: insert
INSERT INTO figure_ledger (report_month, report_file, position, page_number, section, row_label, column_label,
                           printed, figure_kind, figure_value, source_month, period_kind, scope, scope_id, subgroup,
                           kpi, formula)
VALUES (:reportMonth, :reportFile, :position, :page, :section, :row, :column, :printed, :kind, :value, :sourceMonth,
        :periodKind, :scope, :scopeId, :subgroup, :kpi, :formula)

-- name: month
SELECT report_file, position, page_number, section, row_label, column_label, printed, figure_kind, figure_value,
       source_month, period_kind, scope, scope_id, subgroup, kpi, formula
FROM figure_ledger
WHERE report_month = :reportMonth
ORDER BY report_file, position
