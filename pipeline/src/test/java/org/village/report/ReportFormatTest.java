package org.village.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void figuresPrintAsTheDistrictPublishesThem() {
        assertThat(ReportFormat.figure(Figure.percent(0.9412, 300), 10, "pts")).isEqualTo("94.1%");
        assertThat(ReportFormat.figure(Figure.percent(1.0, 300), 10, "pts")).isEqualTo("100.0%");
        assertThat(ReportFormat.figure(Figure.count(1024), 10, "pts")).isEqualTo("1,024");
        assertThat(ReportFormat.figure(Figure.suppressed(Figure.Kind.PERCENT, 7), 10, "pts")).isEqualTo("n<10");
        assertThat(ReportFormat.figure(Figure.suppressed(Figure.Kind.COUNT, 3), 5, "pts")).isEqualTo("n<5");
        assertThat(ReportFormat.figure(Figure.missing(Figure.Kind.PERCENT), 10, "pts")).isEqualTo("\u2013");
    }

    @Test
    void monthsAndDatesAreUsEnglishWhateverTheJvmLocale() {
        assertThat(ReportFormat.month(YearMonth.of(2026, 10))).isEqualTo("October 2026");
        assertThat(ReportFormat.shortMonth(YearMonth.of(2026, 6))).isEqualTo("Jun");
        assertThat(ReportFormat.date(LocalDate.of(2026, 11, 2))).isEqualTo("November 2, 2026");
    }

    @Test
    void printableKeepsWhatTheFontHasAndReplacesWhatItLacks() {
        assertThat(ReportFonts.printable("École José Martí · Zoë · Nguyễn")).isEqualTo("École José Martí · Zoë · Nguyễn");
        assertThat(ReportFonts.printable("Nguye\u0302\u0303n")).isEqualTo("Nguyễn");
        assertThat(ReportFonts.printable("Line\tone\ntwo")).isEqualTo("Line one two");
        assertThat(ReportFonts.printable("\u6771\u4eac \ud83d\ude00")).isEqualTo("?? ?");
    }
}
