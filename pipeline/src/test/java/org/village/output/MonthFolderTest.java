package org.village.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class MonthFolderTest {

    private final MonthFolder october = new MonthFolder(Path.of("/out"), YearMonth.of(2026, 10));

    @Test
    void everyFileNamesItsMonth() {
        assertThat(october.districtDashboard()).isEqualTo(Path.of("/out/2026-10/district-dashboard-2026-10.pdf"));
        assertThat(october.boardPacket()).isEqualTo(Path.of("/out/2026-10/board-packet-2026-10.pdf"));
        assertThat(october.figuresWorkbook()).isEqualTo(Path.of("/out/2026-10/figures-2026-10.xlsx"));
        assertThat(october.figuresLedger()).isEqualTo(Path.of("/out/2026-10/figures-ledger-2026-10.csv"));
        assertThat(october.schoolDashboard("0101"))
                .isEqualTo(Path.of("/out/2026-10/schools/school-dashboard-0101-2026-10.pdf"));
        assertThat(october.successStory("P-017"))
                .isEqualTo(Path.of("/out/2026-10/stories/success-story-P-017-2026-10.pdf"));
    }

    @Test
    void anIdCannotLeaveItsFolder() {
        assertThat(october.schoolDashboard("../../etc/passwd").getParent())
                .isEqualTo(Path.of("/out/2026-10/schools"));
        assertThat(october.schoolDashboard("0101/A").getFileName().toString())
                .isEqualTo("school-dashboard-0101_A-2026-10.pdf");
        assertThatIllegalArgumentException().isThrownBy(() -> october.successStory(" / "));
    }
}
