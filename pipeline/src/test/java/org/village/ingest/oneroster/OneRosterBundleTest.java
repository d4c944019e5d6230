package org.village.ingest.oneroster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-made bundle ({@link OneRosterFixture}) read table by table, from a folder and from a zip. */
class OneRosterBundleTest {

    @TempDir
    Path dir;

    private static List<BundleRow> rows(Path bundle, BundleTable table) {
        try (OneRosterBundle opened = OneRosterBundle.open(bundle); BundleRows rows = opened.rows(table)) {
            List<BundleRow> all = new ArrayList<>();
            for (BundleRow row = rows.next(); row != null; row = rows.next()) {
                all.add(row);
            }
            return all;
        }
    }

    private static List<String> cells(BundleRow row) {
        return Arrays.asList(row.cells());
    }

    @Test
    void readsTheSchoolsAndTheStudentsWithTheirSchoolGradeDatesAndGroups() throws IOException {
        Path folder = dir.resolve("export");
        OneRosterFixture.writeFolder(folder);

        assertThat(rows(folder, BundleTable.SCHOOLS)).extracting(BundleRow::line, OneRosterBundleTest::cells)
                .containsExactly(tuple(3, List.of("0101", "Alder Creek Elementary")),
                        tuple(4, List.of("0102", "Birch Middle")));

        List<BundleRow> students = rows(folder, BundleTable.STUDENTS);
        assertThat(students).hasSize(OneRosterFixture.STUDENTS + 1);
        assertThat(cells(students.get(0))).containsExactly("001001", "0101", "03", "2026-08-17", "", "F", "White");
        assertThat(students.get(0).line()).isEqualTo(2);
        assertThat(cells(students.get(1))).containsExactly("001002", "0101", "03", "2026-08-17", "", "F",
                "Hispanic or Latino");
        assertThat(cells(students.get(2)).get(6)).isEqualTo("Two or More Races");
        assertThat(cells(students.get(3)).get(6)).isEqualTo("Two or More Races");
        assertThat(cells(students.get(4)).get(6)).isEqualTo("Black or African American");
        assertThat(cells(students.get(11))).containsExactly("001012", "0101", "03", "2026-08-17", "2026-10-15", "M",
                "White");
        assertThat(cells(students.get(12))).containsExactly("002013", "0102", "07", "2026-09-01", "", "X", "");
        assertThat(cells(students.get(20))).containsExactly("u21", "0102", "07", "2026-08-01", "", "", "");
        assertThat(students.subList(0, OneRosterFixture.STUDENTS)).allSatisfy(row -> assertThat(row.problem()).isNull());
        assertThat(students).noneSatisfy(row -> assertThat(row.cells()[0]).isEqualTo("T-77"));

        BundleRow unknown = students.get(OneRosterFixture.STUDENTS);
        assertThat(unknown.line()).isEqualTo(25);
        assertThat(unknown.problem().kind()).isEqualTo(BundleRow.Kind.UNKNOWN_SCHOOL);
        assertThat(unknown.problem().column()).isEqualTo(1);
        assertThat(unknown.problem().value()).isEqualTo("7777");
        assertThat(unknown.problem().message()).contains("'7777' is not in orgs.csv").doesNotContain("009999");
    }

    @Test
    void readsTheTermsOfTheAcademicSessionsAndNotTheSchoolYear() throws IOException {
        Path folder = dir.resolve("export");
        OneRosterFixture.writeFolder(folder);

        assertThat(rows(folder, BundleTable.TERMS)).extracting(BundleRow::line, OneRosterBundleTest::cells)
                .containsExactly(tuple(3, List.of("Fall 2026", "2027", "2026-08-01", "2026-12-18")));
    }

    @Test
    void readsTheSameFromTheBundleZipped() throws IOException {
        Path folder = dir.resolve("export");
        OneRosterFixture.writeFolder(folder);
        Path zip = dir.resolve("oneroster.zip");
        OneRosterFixture.writeZip(folder, zip);

        assertThat(OneRosterBundle.isBundle(zip)).isTrue();
        for (BundleTable table : BundleTable.values()) {
            assertThat(rows(zip, table)).usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyElementsOf(rows(folder, table));
        }
    }

    @Test
    void readsAOneRoster12BundleWhoseRolesAreInRolesCsv() throws IOException {
        Path folder = dir.resolve("v12");
        Files.createDirectories(folder);
        write(folder.resolve("orgs.csv"), "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId",
                "D1,active,2026-08-01T00:00:00.000Z,Springfield USD,district,,",
                "0101,active,2026-08-01T00:00:00.000Z,Alder Creek Elementary,school,,D1",
                "0102,tobedeleted,2026-08-01T00:00:00.000Z,Closed School,school,,D1");
        write(folder.resolve("users.csv"), "sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,"
                + "familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,"
                + "userMasterIdentifier,resourceSourcedIds,preferredGivenName,preferredMiddleName,"
                + "preferredFamilyName,primaryOrgSourcedId,pronouns",
                "s1,active,,true,s1,,A,B,,123,,,,,KG,,,,,,,0101,",
                "s2,active,,true,s2,,C,D,,124,,,,,01,,,,,,,,",
                "p1,active,,true,p1,,E,F,,,,,,,,,,,,,,0101,");
        write(folder.resolve("roles.csv"), "sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,"
                + "endDate,orgSourcedId,userProfileSourcedId",
                "r1,active,,s1,primary,student,,,0101,",
                "r2,active,,s2,secondary,student,,,D1,",
                "r3,active,,s2,primary,student,,,0101,",
                "r4,active,,p1,primary,principal,,,0101,");
        write(folder.resolve("enrollments.csv"), "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,"
                + "userSourcedId,role,primary,beginDate,endDate",
                "e1,active,,c1,0101,s1,student,false,2026-08-17,",
                "e2,active,,c1,0101,s2,student,false,2026-08-19,2026-11-20",
                "e3,tobedeleted,,c1,0101,s2,student,false,2026-08-03,");

        assertThat(rows(folder, BundleTable.SCHOOLS)).extracting(row -> row.cells()[0]).containsExactly("0101");
        assertThat(rows(folder, BundleTable.STUDENTS)).extracting(OneRosterBundleTest::cells).containsExactly(
                List.of("123", "0101", "KG", "2026-08-17", "", "", ""),
                List.of("124", "0101", "01", "2026-08-19", "2026-11-20", "", ""));
    }

    @Test
    void refusesADeltaExportWithTheReason() throws IOException {
        Path folder = dir.resolve("delta");
        OneRosterFixture.writeFolder(folder);
        write(folder.resolve("manifest.csv"), "propertyName,value", "oneroster.version,1.1", "file.orgs,bulk",
                "file.users,delta");

        assertThatThrownBy(() -> OneRosterBundle.open(folder)).isInstanceOf(OneRosterProblem.class)
                .hasMessageContaining("file.users=delta").hasMessageContaining("bulk");
    }

    @Test
    void findsNoBundleInAFolderOfOtherFilesNorInAZipOfThem() throws IOException {
        Path folder = dir.resolve("attendance");
        Files.createDirectories(folder);
        write(folder.resolve("users.csv"), "Student ID,Date,Code");
        Path zip = dir.resolve("photos.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            entries.putNextEntry(new ZipEntry("../manifest.csv"));
            entries.write("propertyName,value\r\n".getBytes(StandardCharsets.UTF_8));
            entries.closeEntry();
        }

        assertThat(OneRosterBundle.isBundle(folder)).isFalse();
        assertThat(OneRosterBundle.isBundle(zip)).isFalse();
        assertThat(OneRosterBundle.isBundle(folder.resolve("users.csv"))).isFalse();
    }

    @Test
    void stopsReadingAnEntryThatInflatesLikeAZipBomb() throws IOException {
        Path folder = dir.resolve("export");
        OneRosterFixture.writeFolder(folder);
        Path zip = dir.resolve("bomb.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            for (String name : List.of("manifest.csv", "orgs.csv")) {
                entries.putNextEntry(new ZipEntry(name));
                entries.write(Files.readAllBytes(folder.resolve(name)));
                entries.closeEntry();
            }
            entries.putNextEntry(new ZipEntry("users.csv"));
            entries.write(Files.readAllBytes(folder.resolve("users.csv")));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                entries.write(zeros);
            }
            entries.closeEntry();
        }

        try (OneRosterBundle bundle = OneRosterBundle.open(zip); BundleRows students = bundle.rows(BundleTable.STUDENTS)) {
            assertThatThrownBy(() -> {
                while (students.next() != null) {
                    // reading is the test
                }
            }).isInstanceOf(OneRosterProblem.class).hasMessageContaining("users.csv")
                    .hasMessageContaining("unpacks to far more");
        }
    }

    private static void write(Path file, String... lines) throws IOException {
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
