package org.village.ingest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.springframework.batch.infrastructure.item.ItemProcessor;

class RosterRowProcessor implements ItemProcessor<DatasetRow, EnrolmentRecord> {

    private static final Set<String> GRADES = Set.of("PK", "TK", "K", "1", "2", "3", "4", "5", "6", "7", "8", "9",
            "10", "11", "12");

    private final RowChecks checks;
    private final ReferenceData reference;

    RosterRowProcessor(RowChecks checks, ReferenceData reference) {
        this.checks = checks;
        this.reference = reference;
    }

    @Override
    public EnrolmentRecord process(DatasetRow row) {
        String studentId = checks.requiredIdentifier(row, Field.STUDENT_ID);
        String schoolId = reference.requireSchool(checks.requiredIdentifier(row, Field.SCHOOL_ID));
        String grade = grade(checks.requiredText(row, Field.GRADE));
        LocalDate entry = checks.requiredDate(row, Field.ENTRY_DATE);
        LocalDate exit = checks.optionalDate(row, Field.EXIT_DATE);
        if (exit != null && exit.isBefore(entry)) {
            throw RowChecks.reject(Field.EXIT_DATE, row.text(Field.EXIT_DATE), RejectReason.DATES_REVERSED,
                    "The exit date " + exit + " is before the entry date " + entry + ".");
        }
        return new EnrolmentRecord(row.sourceId(), row.rowNumber(), studentId, schoolId, grade, entry, exit,
                checks.optionalText(row, Field.GENDER), checks.optionalText(row, Field.RACE_ETHNICITY),
                checks.optionalYesNo(row, Field.ENGLISH_LEARNER), checks.optionalYesNo(row, Field.DISABILITY),
                checks.optionalYesNo(row, Field.ECONOMICALLY_DISADVANTAGED), checks.optionalYesNo(row, Field.HOMELESS),
                checks.optionalYesNo(row, Field.FOSTER));
    }

    /** SIS exports write kindergarten as K, KG, 0 or 00 and grades with leading zeros; one spelling is stored. */
    static String grade(String raw) {
        String text = raw.trim().toUpperCase(Locale.ROOT);
        if (text.endsWith(".0")) {
            text = text.substring(0, text.length() - 2);
        }
        if (text.equals("KG") || text.equals("KN") || text.equals("0") || text.equals("00")) {
            return "K";
        }
        if (text.equals("-1") || text.equals("P") || text.equals("PREK")) {
            return "PK";
        }
        String stripped = text.replaceFirst("^0+(?=\\d)", "");
        if (GRADES.contains(stripped)) {
            return stripped;
        }
        throw RowChecks.reject(Field.GRADE, raw, RejectReason.UNKNOWN_GRADE,
                "The grade '" + raw + "' is not a grade Village knows (PK, K, 1–12).");
    }
}
