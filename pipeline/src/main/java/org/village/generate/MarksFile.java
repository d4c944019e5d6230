package org.village.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One school's course marks for a term, sent when the term ends, laid out the way that school's system exports them:
 * a row per student enrolled on the term's last day per course, by student number and then course.
 */
final class MarksFile {

    private MarksFile() {
    }

    /** Returns the rows written. */
    static long write(Path root, String relative, School school, Term term, List<Enrollment> enrollments,
            MarkModel marks, Participation participation) throws IOException {
        MarksLayout layout = school.marks();
        try (TableFile file = layout.format().create(root.resolve(relative), term.end().plusDays(1))) {
            SheetRows out = file.sheet(layout.sheetName());
            Cells header = out.row();
            layout.headers().forEach(header::text);
            return marks.termMarks(enrollments, term, participation,
                    (enrollment, mark) -> row(out.row(), layout, enrollment, term, mark));
        }
    }

    private static void row(Cells cells, MarksLayout layout, Enrollment enrollment, Term term, Mark mark) {
        for (MarksLayout.Column column : layout.columns()) {
            switch (column) {
                case STUDENT_ID -> cells.text(enrollment.student().id());
                case SCHOOL_ID -> cells.text(enrollment.school().id());
                case TERM_END -> cells.date(term.end(), layout.format().holdsExcelDates() ? DateStyle.EXCEL_DATE
                        : DateStyle.ISO);
                case SCHOOL_YEAR -> cells.text(term.year().label());
                case SCHOOL_YEAR_LONG -> cells.text(term.year().longLabel());
                case TERM -> cells.text(term.code());
                case TERM_WITH_YEAR -> cells.text(term.codeWithYear());
                case COURSE_NUMBER -> cells.text(mark.course().number());
                case COURSE_NAME -> cells.text(mark.course().name());
                case LETTER -> cells.text(mark.letter());
                case PERCENT -> cells.number(mark.percent());
                case GRADE_POINTS -> cells.decimal(mark.points());
                case EARNED_CREDITS -> cells.decimal(mark.earnedCredits());
                case ATTEMPTED_CREDITS -> cells.decimal(mark.course().credits());
            }
        }
    }
}
