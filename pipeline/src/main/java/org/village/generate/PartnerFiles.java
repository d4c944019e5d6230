package org.village.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * How a partner sends a month: one workbook with a sheet each for sessions, volunteer hours and (when there are any)
 * stories, or the same as separate CSV files. Partners name columns their own way, write the month of volunteer hours
 * as "2026-10" or as a date, and consent as Y/N, Yes/No or TRUE/FALSE.
 */
record PartnerFiles(
        String style,
        FileFormat format,
        List<String> sessionHeaders,
        List<String> volunteerHeaders,
        List<String> storyHeaders,
        DateStyle dates,
        MonthCell month,
        List<String> consent) {

    static final String SESSIONS_SHEET = "Sessions";
    static final String VOLUNTEERS_SHEET = "Volunteer Hours";
    static final String STORIES_SHEET = "Stories";

    enum MonthCell {
        /** Text "2026-10". */
        YEAR_MONTH,
        /** The month's first day, as a date. */
        FIRST_DAY,
        /** The month's last day, as a date. */
        LAST_DAY
    }

    static final List<PartnerFiles> STYLES = List.of(
            new PartnerFiles("partner-WORKBOOK", FileFormat.XLSX,
                    List.of("Partnership ID", "Student ID", "Session Date", "Hours", "Activity"),
                    List.of("Partnership ID", "Month", "Volunteer Hours", "Volunteers"),
                    List.of("Partnership ID", "Date", "Title", "Story", "Quote", "Attribution", "Consent to Publish"),
                    DateStyle.EXCEL_DATE, MonthCell.YEAR_MONTH, List.of("Y", "N")),
            new PartnerFiles("partner-CSV-BOM", FileFormat.csv(CsvDialect.UTF8_BOM_CRLF),
                    List.of("Program ID", "Student Number", "Date", "Duration (hours)", "Activity"),
                    List.of("Program ID", "Month Ending", "Hours", "Volunteers"),
                    List.of("Program ID", "Date", "Title", "Story", "Quote", "Attribution", "Consent to Publish"),
                    DateStyle.US, MonthCell.LAST_DAY, List.of("Yes", "No")),
            new PartnerFiles("partner-CSV", FileFormat.csv(CsvDialect.UTF8_LF),
                    List.of("partnership_id", "student_id", "session_date", "hours", "activity"),
                    List.of("partnership_id", "month", "volunteer_hours", "volunteer_count"),
                    List.of("partnership_id", "story_date", "title", "story", "quote", "attribution",
                            "consent_to_publish"),
                    DateStyle.ISO, MonthCell.FIRST_DAY, List.of("TRUE", "FALSE")));

    boolean workbook() {
        return !(format instanceof FileFormat.Csv);
    }

    String consent(boolean given) {
        return consent.get(given ? 0 : 1);
    }

    /** The day a month is written as, where it is written as a date. */
    LocalDate monthDay(YearMonth month) {
        return this.month == MonthCell.LAST_DAY ? month.atEndOfMonth() : month.atDay(1);
    }
}
