package org.village.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.village.output.MonthFolder;

/** Who gets which file, decided from the scope alone: never another school's report. */
class DeliveryPlanTest {

    @TempDir
    Path out;


    private MonthFolder folder() {
        return new MonthFolder(out, YearMonth.of(2026, 10));
    }

    private static void touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "report");
    }

    @Test
    void twoSchoolIdsThatNameTheSameFileGetNothingRatherThanEachOthersReport() throws IOException {
        touch(folder().schoolDashboard("0101_A"));

        DeliveryPlan plan = DeliveryPlan.of(List.of(
                        new Recipient("Principal A", "a@school.example", "SCHOOL", "0101/A"),
                        new Recipient("Principal B", "b@school.example", "SCHOOL", "0101_A")),
                folder(), Set.of("0101/A", "0101_A"), Set.of());

        assertThat(plan.deliveries()).allSatisfy(delivery -> {
            assertThat(delivery.files()).isEmpty();
            assertThat(delivery.missing()).singleElement().asString().endsWith("no report for this scope this month");
        });
    }

    @Test
    void aSchoolOrPartnershipTheDistrictDoesNotKnowGetsNothing() throws IOException {
        touch(folder().schoolDashboard("0199"));
        touch(folder().successStory("P-9"));

        DeliveryPlan plan = DeliveryPlan.of(List.of(
                        new Recipient("Someone", "s@school.example", "SCHOOL", "0199"),
                        new Recipient("Partner", "p@partner.example", "PARTNERSHIP", "P-9")),
                folder(), Set.of("0101"), Set.of("P-1"));

        assertThat(plan.deliveries()).extracting(Delivery::files).containsOnly(List.of());
    }

    @Test
    void aPartnershipGetsItsStoryAndTheBoardItsPacketWithTheDistrictDashboard() throws IOException {
        touch(folder().successStory("P-1"));
        touch(folder().successStory("P-2"));
        touch(folder().boardPacket());
        touch(folder().districtDashboard());

        DeliveryPlan plan = DeliveryPlan.of(List.of(
                        new Recipient("Partner", "p@partner.example", "PARTNERSHIP", "P-1"),
                        new Recipient("Board", "board@district.example", "BOARD", null)),
                folder(), Set.of(), Set.of("P-1", "P-2"));

        assertThat(plan.deliveries().get(0).files()).containsExactly(folder().successStory("P-1"));
        assertThat(plan.deliveries().get(1).files()).containsExactly(folder().boardPacket(),
                folder().districtDashboard());
        assertThat(plan.recipientsByFile()).doesNotContainKey(folder().successStory("P-2"));
    }
}
