package org.village.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.village.VillageApplication;
import org.village.infrastructure.NamedQueries;
import org.village.monthly.InboxValidation;

/**
 * The small Ed-Fi JSON Lines district of src/test/resources/edfi-jsonl loaded into H2 on disk, then its marks read
 * month by month as GPA reads them. Its grades carry no day stored, and the district's calendar (the default) ends Q1
 * on 31 October; its gradingPeriods.jsonl ends school 101's Q1 on 7 November and its grading period known only as
 * "First Nine Weeks" on 5 December. Student 000123's A- in ELA-K (Q1, 3.7 points, weighed by its section's 0.5
 * credits: 1.85) must count from November, not October, and the 84.5 in MATH-K (First Nine Weeks, a B, 3.0) from
 * December, where before it had no end at all.
 */
@SpringBootTest(classes = VillageApplication.class)
class TermDatesGpaTest {

    private static final NamedQueries SQL = NamedQueries.load("kpi");
    private static final String STUDENT = "000123";

    @TempDir
    static Path workdir;

    @DynamicPropertySource
    static void h2InTheWorkFolder(DynamicPropertyRegistry registry) {
        registry.add("village.workdir", () -> workdir.toString());
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KpiProperties properties;

    @BeforeAll
    static void load(@Autowired InboxValidation validation) {
        assertThat(validation.validate(Path.of("src/test/resources/edfi-jsonl")).failure()).isNull();
    }

    private SchoolYearMarks read(YearMonth month) {
        return SchoolYearMarks.read(jdbc, SQL, month, properties);
    }

    @Test
    void aMarkCountsFromTheMonthItsTermReallyEndedNotTheMonthTheCalendarSays() {
        assertThat(properties.termEnds()).containsEntry("Q1", "10-31");

        assertThat(read(YearMonth.of(2025, 10)).byStudent()).doesNotContainKey(STUDENT);
        assertThat(read(YearMonth.of(2025, 11)).byStudent().get(STUDENT))
                .extracting(TermMarks::end, m -> m.points().stripTrailingZeros().toPlainString(),
                        m -> m.credits().stripTrailingZeros().toPlainString())
                .containsExactly(tuple(LocalDate.of(2025, 11, 7), "1.85", "0.5"));
        SchoolYearMarks december = read(YearMonth.of(2025, 12));
        assertThat(december.byStudent().get(STUDENT)).extracting(TermMarks::end)
                .containsExactlyInAnyOrder(LocalDate.of(2025, 11, 7), LocalDate.of(2025, 12, 5));
        assertThat(december.undatedTerms()).isEmpty();
    }
}
