package org.village.ingest;

import java.nio.file.Path;
import java.util.List;

import org.village.ingest.oneroster.BundleRow;
import org.village.ingest.oneroster.BundleRows;
import org.village.ingest.oneroster.BundleTable;
import org.village.ingest.oneroster.OneRosterBundle;
import org.village.ingest.oneroster.OneRosterProblem;

/**
 * A OneRoster CSV bundle seen as a spreadsheet: one sheet per {@link BundleTable}, its first row the table's header,
 * then its rows numbered by the line of orgs.csv, users.csv or academicSessions.csv they come from. So a bundle is
 * recognised, registered, loaded, restarted and rejected row by row as any roster and schools list are.
 */
final class OneRosterSpreadsheet implements Spreadsheet {

    private static final List<BundleTable> TABLES = List.of(BundleTable.values());
    /** The field each column of the tables' headers is, for a reject's column. */
    private static final Field[][] FIELDS = {
        { Field.SCHOOL_ID, Field.SCHOOL_NAME },
        { Field.STUDENT_ID, Field.SCHOOL_ID, Field.GRADE, Field.ENTRY_DATE, Field.EXIT_DATE, Field.GENDER,
            Field.RACE_ETHNICITY },
        { Field.TERM, Field.SCHOOL_YEAR, Field.PERIOD_START, Field.PERIOD_END } };

    private final OneRosterBundle bundle;

    private OneRosterSpreadsheet(OneRosterBundle bundle) {
        this.bundle = bundle;
    }

    static OneRosterSpreadsheet open(Path bundle) {
        try {
            return new OneRosterSpreadsheet(OneRosterBundle.open(bundle));
        }
        catch (OneRosterProblem problem) {
            throw new SpreadsheetProblem(problem.getMessage(), problem);
        }
    }

    @Override
    public List<String> sheetNames() {
        return TABLES.stream().map(BundleTable::sheetName).toList();
    }

    @Override
    public boolean date1904() {
        return false;
    }

    @Override
    public SheetCursor openSheet(int sheetIndex) {
        if (sheetIndex < 0 || sheetIndex >= TABLES.size()) {
            throw new SpreadsheetProblem("has no sheet number " + (sheetIndex + 1));
        }
        BundleTable table = TABLES.get(sheetIndex);
        Field[] fields = FIELDS[sheetIndex];
        return new SheetCursor() {
            private BundleRows rows;

            @Override
            public SheetRow next() {
                try {
                    if (rows == null) {
                        rows = bundle.rows(table);
                        return new SheetRow(1, table.header().toArray(String[]::new));
                    }
                    BundleRow row = rows.next();
                    return row == null ? null : sheetRow(row, fields);
                }
                catch (OneRosterProblem problem) {
                    throw new SpreadsheetProblem(problem.getMessage(), problem);
                }
            }

            @Override
            public void close() {
                if (rows != null) {
                    rows.close();
                }
            }
        };
    }

    private static SheetRow sheetRow(BundleRow row, Field[] fields) {
        BundleRow.Problem problem = row.problem();
        return problem == null ? new SheetRow(row.line(), row.cells()) : new SheetRow(row.line(), row.cells(),
                RowChecks.reject(fields[problem.column()], problem.value(), RejectReason.valueOf(problem.kind().name()),
                        problem.message()));
    }

    @Override
    public void close() {
        bundle.close();
    }
}
