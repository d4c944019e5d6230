package org.village.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For {@code org.village.benchmark.MonthEndBenchmark}: which of the generator's files a district sends at the end of
 * a given month, so that a benchmark can load every earlier month and then run that month's files alone. A month's
 * files are its attendance and partner folders and the marks of every term that ended in it; the yearly files
 * (schools, rosters, partnerships, contributions, check-ins, the distribution list) belong to the months before.
 */
public final class GeneratedMonth {

    private static final Pattern MONTH_FOLDER = Pattern.compile("(attendance|partners)/(\\d{4}-\\d{2})/.*");
    private static final Pattern MARKS = Pattern.compile("grades/(\\d{4})-\\d{2}/.*-grades-\\d{4}-\\d{2}-(\\w+)\\.\\w+");

    private GeneratedMonth() {
    }

    /** Whether the file at {@code relative} (a path inside the generator's output folder) is sent in {@code month}. */
    public static boolean sentIn(Path relative, YearMonth month) {
        String path = relative.toString().replace('\\', '/');
        Matcher folder = MONTH_FOLDER.matcher(path);
        if (folder.matches()) {
            return YearMonth.parse(folder.group(2)).equals(month);
        }
        Matcher marks = MARKS.matcher(path);
        if (marks.matches()) {
            return YearMonth.from(termEnd(new SchoolYear(Integer.parseInt(marks.group(1))), marks.group(2)))
                    .equals(month);
        }
        return false;
    }

    /** Every school shares the year's calendar; a high school's terms include every other school's quarters. */
    private static LocalDate termEnd(SchoolYear year, String code) {
        return Terms.sentBy(School.Level.HIGH, SchoolCalendar.of(year)).stream()
                .filter(term -> term.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No term " + code + " in " + year.label()))
                .end();
    }
}
