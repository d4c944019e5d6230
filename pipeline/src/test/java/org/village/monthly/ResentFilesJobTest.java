package org.village.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.village.DistrictDatabase;
import org.village.VillageApplication;
import org.village.ingest.TestWorkbooks;

/**
 * Files placed by their own dates, judged before they replace anything ({@link DistrictFixture}'s district, run on
 * 10 November 2026): a re-sent file with a stray date replaces the file it re-sends, a day-first partner file is
 * filed under its own month, and dates that cannot be true are rejected with their reasons.
 */
@SpringBootTest(classes = VillageApplication.class)
@Import(ResentFilesJobTest.TenthOfNovember.class)
class ResentFilesJobTest {

    @TestConfiguration
    static class TenthOfNovember {
        @Bean
        @Primary
        Clock tenthOfNovember() {
            return Clock.fixed(Instant.parse("2026-11-10T12:00:00Z"), ZoneOffset.UTC);
        }
    }

    @TempDir
    static Path workdir;

    @DynamicPropertySource
    static void h2InTheWorkFolder(DynamicPropertyRegistry registry) {
        registry.add("village.workdir", () -> workdir.toString());
    }

    @Autowired
    MonthlyRun monthlyRun;

    @Autowired
    InboxValidation validation;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path inbox;

    @TempDir
    Path out;

    @BeforeEach
    void startFromAnEmptyDistrict() throws IOException {
        DistrictDatabase.empty(jdbc);
        DistrictFixture.writeTo(inbox);
    }

    private Map<String, Object> source(String fileName) {
        return jdbc.sql("SELECT status, claimed_period, period_key, rows_loaded, rows_rejected, problem "
                + "FROM ingest_source WHERE file_name = ?").param(fileName).query().singleRow();
    }

    private List<String> rejects(String fileName) {
        return jdbc.sql("SELECT r.source_row, r.column_name, r.reason_code, r.reason FROM ingest_reject r "
                        + "JOIN ingest_source s ON s.source_id = r.source_id WHERE s.file_name = ? ORDER BY r.source_row")
                .param(fileName)
                .query((rs, i) -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3) + ": " + rs.getString(4))
                .list();
    }

    private BigDecimal kpi(String scopeId, String kpi) {
        return jdbc.sql("SELECT kpi_value FROM kpi_value WHERE report_month = '2026-10' AND period_kind = 'MONTH' "
                        + "AND scope_id = ? AND subgroup = 'all' AND kpi = ?")
                .params(scopeId, kpi).query(BigDecimal.class).single();
    }

    /**
     * Alder Creek re-sends October with everyone present but a01 (19 of 20) and, in row 22, a second row for a05
     * whose period ends in 2030 (a slip for 2026). Before, the stray end made the file's period 2026-10..2030-10, so
     * it replaced nothing and both Octobers were summed: 800 days enrolled for 20 students. Now the file is for
     * October, replaces the first one, and the stray row is rejected: 399/400 = 99.75%.
     */
    @Test
    void aResentFileWithAStrayDateReplacesTheFileItResendsAndTheStrayRowIsRejected() throws IOException {
        assertThat(monthlyRun.run(YearMonth.of(2026, 10), inbox, out).status())
                .isEqualTo(RunOutcome.Status.COMPLETED);
        List<List<Object>> resent = new ArrayList<>();
        resent.add(List.of("Student ID", "School ID", "Period Start", "Period End", "Days Enrolled", "Days Present"));
        for (int i = 1; i <= 20; i++) {
            resent.add(List.of(DistrictFixture.id("a", i), "0101", LocalDate.of(2026, 10, 1),
                    LocalDate.of(2026, 10, 31), 20, i == 1 ? 19 : 20));
        }
        resent.add(List.of(DistrictFixture.id("a", 5), "0101", LocalDate.of(2026, 10, 1),
                LocalDate.of(2030, 10, 31), 20, 20));
        TestWorkbooks.workbook().sheet("Attendance", resent)
                .writeTo(inbox.resolve("attendance/0101-2026-10-resent.xlsx"));

        assertThat(monthlyRun.run(YearMonth.of(2026, 10), inbox, out).status())
                .isEqualTo(RunOutcome.Status.COMPLETED);

        assertThat(source("attendance/0101-2026-10.xlsx")).containsEntry("status", "REPLACED");
        assertThat(source("attendance/0101-2026-10-resent.xlsx")).containsEntry("status", "LOADED")
                .containsEntry("claimed_period", "2026-10").containsEntry("period_key", "2026-10")
                .containsEntry("rows_loaded", 20).containsEntry("rows_rejected", 1);
        assertThat(rejects("attendance/0101-2026-10-resent.xlsx")).containsExactly("22 period end OUTSIDE_PERIOD: "
                + "The period 2026-10-01 to 2030-10-31 is outside October 2026, the period this file is for (by "
                + "its name and most of its dates); correct it, or send the row in the file for its own period.");
        assertThat(jdbc.sql("SELECT SUM(a.days_enrolled) FROM attendance_summary a JOIN ingest_source s "
                + "ON s.source_id = a.source_id WHERE s.status = 'LOADED' AND a.school_id = '0101' "
                + "AND a.period_end BETWEEN '2026-10-01' AND '2026-10-31'").query(BigDecimal.class).single())
                .isEqualByComparingTo("400");
        assertThat(kpi("0101", "attendance_rate")).isEqualByComparingTo("0.9975");
    }

    /**
     * P-001's October sessions, written day first by someone whose spreadsheet is set up that way: 24 sessions on
     * 09/10/2026 and one on 21/10/2026. Read month first, as the district's en-US setting says, they were
     * 10 September (the 21/10 row unreadable, 1 in 25, under the 5% at which a file is held back), and the file
     * replaced P-001's real September file. The 21st settles the file as day first: it is October's and replaces
     * P-001's October file, and September stays.
     */
    @Test
    void aDayFirstPartnerFileIsFiledUnderItsOwnMonthAndLeavesSeptemberAlone() throws IOException {
        DistrictFixture.writePartnershipsTo(inbox);
        validation.validate(inbox);
        StringBuilder csv = new StringBuilder("Partnership ID,Student ID,Session Date,Hours\n");
        for (int i = 1; i <= 12; i++) {
            csv.append("P-001,").append(DistrictFixture.id("a", i)).append(",09/10/2026,1.5\n");
            csv.append("P-001,").append(DistrictFixture.id("a", i)).append(",09/10/2026,1.5\n");
        }
        csv.append("P-001,").append(DistrictFixture.id("a", 1)).append(",21/10/2026,1.5\n");
        Files.writeString(inbox.resolve("partners/P-001-sessions-october.csv"), csv);

        validation.validate(inbox);

        assertThat(source("partners/P-001-2026-09.xlsx")).containsEntry("status", "LOADED");
        assertThat(source("partners/P-001-2026-10.xlsx")).containsEntry("status", "REPLACED");
        assertThat(source("partners/P-001-sessions-october.csv")).containsEntry("status", "LOADED")
                .containsEntry("claimed_period", "2026-10").containsEntry("rows_loaded", 25)
                .containsEntry("rows_rejected", 0);
        assertThat(jdbc.sql("SELECT x.session_date, COUNT(*) FROM participation x JOIN ingest_source s "
                + "ON s.source_id = x.source_id WHERE s.status = 'LOADED' AND x.partnership_id = 'P-001' "
                + "GROUP BY x.session_date ORDER BY x.session_date")
                .query((rs, i) -> rs.getObject(1, LocalDate.class) + " " + rs.getInt(2)).list())
                .containsExactly("2026-09-09 4", "2026-09-23 4", "2026-10-09 24", "2026-10-21 1");
    }

    /** The same file without the 21st: nothing in it says which order it is in, and the two give two months. */
    @Test
    void holdsBackAPartnerFileWhoseMonthDependsOnTheDateOrderAndKeepsSeptember() throws IOException {
        DistrictFixture.writePartnershipsTo(inbox);
        validation.validate(inbox);
        StringBuilder csv = new StringBuilder("Partnership ID,Student ID,Session Date,Hours\n");
        for (int i = 1; i <= 12; i++) {
            csv.append("P-001,").append(DistrictFixture.id("a", i)).append(",09/10/2026,1.5\n");
        }
        Files.writeString(inbox.resolve("partners/P-001-sessions-october.csv"), csv);

        InboxValidation.Outcome outcome = validation.validate(inbox);

        assertThat(source("partners/P-001-2026-09.xlsx")).containsEntry("status", "LOADED");
        assertThat(source("partners/P-001-2026-10.xlsx")).containsEntry("status", "LOADED");
        assertThat(source("partners/P-001-sessions-october.csv")).containsEntry("status", "HELD")
                .satisfies(row -> assertThat((String) row.get("problem")).contains("could be day first or month first",
                        "September 2026 read month first", "October 2026 read day first",
                        "village.ingest.date-locale (en-US)"));
        assertThat(outcome.files()).filteredOn(f -> f.fileName().equals("partners/P-001-sessions-october.csv"))
                .singleElement().satisfies(f -> assertThat(f.hasProblems()).isTrue());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM participation WHERE source_id = (SELECT source_id FROM "
                + "ingest_source WHERE file_name = 'partners/P-001-sessions-october.csv')").query(Long.class).single())
                .isZero();
    }

    /**
     * Run on 10 November: Alder Creek's daily attendance for 2–6 November (100 good rows) with a Saturday and a day
     * not yet come; École José Martí's September summary with 22.5 days enrolled and 23 in a month of 22 weekdays.
     */
    @Test
    void rejectsFutureDatesWeekendsFractionalDaysAndMoreDaysThanThePeriodHas() throws IOException {
        StringBuilder daily = new StringBuilder("Student ID,School ID,Attendance Date,Attendance Code\n");
        for (int i = 1; i <= 20; i++) {
            for (int day = 2; day <= 6; day++) {
                daily.append(DistrictFixture.id("a", i)).append(",0101,2026-11-0").append(day).append(",P\n");
            }
        }
        daily.append(DistrictFixture.id("a", 1)).append(",0101,2026-11-07,P\n");
        daily.append(DistrictFixture.id("a", 2)).append(",0101,2026-11-12,P\n");
        Files.writeString(inbox.resolve("attendance/0101-daily-2026-11.csv"), daily);
        List<List<Object>> september = new ArrayList<>();
        september.add(List.of("StudentID", "SchoolID", "Start Date", "End Date", "Days Membership", "Days Absent"));
        for (int i = 1; i <= 12; i++) {
            september.add(List.of(DistrictFixture.id("b", i), "0102", "2026-09-01", "2026-09-30",
                    i == 5 ? 22.5 : i == 6 ? 23 : 22, 0));
        }
        TestWorkbooks.workbook().sheet("Sheet1", september).writeTo(inbox.resolve("attendance/0102-2026-09.xlsx"));

        validation.validate(inbox);

        assertThat(rejects("attendance/0101-daily-2026-11.csv")).containsExactly(
                "102 date WEEKEND: The date 2026-11-07 is a Saturday; Village counts school "
                        + "days, Monday to Friday. Correct the date or remove the row.",
                "103 date FUTURE_DATE: The date 2026-11-12 is after today (2026-11-10); it has "
                        + "not happened yet, so it is most likely a mistyped date. Correct it or remove the row.");
        assertThat(source("attendance/0101-daily-2026-11.csv")).containsEntry("status", "LOADED")
                .containsEntry("rows_loaded", 100);
        assertThat(rejects("attendance/0102-2026-09.xlsx")).containsExactly(
                "6 days enrolled FRACTIONAL_DAYS: The days enrolled (22.5) is not a whole number of days; correct it.",
                "7 days enrolled ENROLLED_ABOVE_PERIOD: Days enrolled (23) is more than the 22 school days (Monday to "
                        + "Friday) from 2026-09-01 to 2026-09-30.");
    }
}
