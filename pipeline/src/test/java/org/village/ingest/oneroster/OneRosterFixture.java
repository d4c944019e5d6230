package org.village.ingest.oneroster;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small OneRoster 1.1 bundle written by hand, with headers as loose as real exports' (a byte order mark, other
 * case, snake_case, columns in another order, extra columns), and what Village must read from it:
 *
 * <pre>
 * orgs: district D1; schools 0101 Alder Creek Elementary, 0102 Birch Middle. School year 2026-08-01 to 2027-06-30.
 * 0101: u01..u12, grade "03" (read 3), ids 001001..001012 (identifier). Enrolled in two classes each, from
 *   2026-08-17 and 2026-08-20 to 2027-06-30: entry 2026-08-17, no exit; u12's classes end 2026-10-15: exit then.
 *   u01..u06 female, u07..u12 male. u01 white; u02 white and Hispanic: Hispanic or Latino; u03 Asian and white and
 *   u04 two or more races flagged: Two or More Races; u05 Black or African American; u06..u12 white.
 *   So 8 White, 1 Hispanic or Latino, 2 Two or More Races, 1 Black or African American; 6 F, 6 M.
 * 0102: u13..u22, grades "06,07" or "07" (read 7). u13..u20 ids 002013..002020, enrolled from 2026-09-01 with no
 *   end; u21 and u22 have no identifier (their sourcedId is their id) and no enrolment: entry on the school year's
 *   first day, 2026-08-01. u13's sex is "other" (X), the others' "unspecified"; no race flags: no race label.
 * t01: a teacher at 0101, not a student.
 * u99: a student whose org 7777 is in no orgs.csv: rejected, School ID, UNKNOWN_SCHOOL.
 * </pre>
 */
public final class OneRosterFixture {

    public static final int STUDENTS = 22;

    private OneRosterFixture() {
    }

    public static void writeFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        write(folder.resolve("manifest.csv"), List.of("propertyName,value", "manifest.version,1.0",
                "oneroster.version,1.1", "file.academicSessions,bulk", "file.categories,absent",
                "file.classes,bulk", "file.classResources,absent", "file.courses,bulk",
                "file.courseResources,absent", "file.demographics,bulk", "file.enrollments,bulk",
                "file.lineItems,absent", "file.orgs,bulk", "file.resources,absent", "file.results,absent",
                "file.users,bulk"));
        write(folder.resolve("orgs.csv"), List.of(
                "\uFEFFSourcedID,Name,TYPE,status,dateLastModified,identifier,parentSourcedId,region",
                "D1,Springfield USD,district,,,,,north",
                "0101,Alder Creek Elementary,school,,,AC,D1,north",
                "0102,Birch Middle,school,,,BM,D1,north"));
        write(folder.resolve("academicSessions.csv"), List.of(
                "sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear",
                "Y2027,,,2026-27,schoolYear,2026-08-01,2027-06-30,,2027",
                "T1,,,Fall 2026,semester,2026-08-01,2026-12-18,Y2027,2027"));
        List<String> users = new ArrayList<>();
        users.add("sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,"
                + "familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,"
                + "metadata.homeroom");
        List<String> enrollments = new ArrayList<>();
        enrollments.add("sourced_id,class_sourced_id,school_sourced_id,user_sourced_id,role,primary,begin_date,"
                + "end_date,status,date_last_modified");
        List<String> demographics = new ArrayList<>();
        demographics.add("sourcedId,status,dateLastModified,birthDate,Sex,americanIndianOrAlaskaNative,asian,"
                + "blackOrAfricanAmerican,nativeHawaiianOrOtherPacificIslander,white,demographicRaceTwoOrMoreRaces,"
                + "hispanicOrLatinoEthnicity");
        for (int i = 1; i <= 12; i++) {
            String user = user(i);
            users.add(user + ",,,true,\"D1,0101\",student," + user + ",,Zoë,Nguyễn,,0010" + two(i)
                    + ",,,,,03,,A" + i);
            String end = i == 12 ? "2026-10-15" : "2027-06-30";
            enrollments.add("e" + i + "a,c1,0101," + user + ",student,false,2026-08-17," + end + ",,");
            enrollments.add("e" + i + "b,c2,0101," + user + ",student,false,2026-08-20," + end + ",,");
            String race = switch (i) {
                case 2 -> "false,false,false,false,true,false,true";
                case 3 -> "false,true,false,false,true,false,false";
                case 4 -> "false,false,false,false,false,true,false";
                case 5 -> "false,false,true,false,false,false,false";
                default -> "false,false,false,false,true,false,false";
            };
            demographics.add(user + ",,,2017-03-01," + (i <= 6 ? "female" : "male") + "," + race);
        }
        for (int i = 13; i <= 22; i++) {
            String user = user(i);
            users.add(user + ",,,true,0102,student," + user + ",,José,Ramírez,," + (i <= 20 ? "0020" + two(i) : "")
                    + ",,,,," + (i == 13 ? "\"06,07\"" : "07") + ",,");
            if (i <= 20) {
                enrollments.add("e" + i + ",c3,0102," + user + ",student,false,2026-09-01,,,");
            }
            demographics.add(user + ",,,2014-05-01," + (i == 13 ? "other" : "unspecified")
                    + ",false,false,false,false,false,false,false");
        }
        users.add("t01,,,true,0101,teacher,t01,,Ana,Müller,,T-77,,,,,,,");
        enrollments.add("et1,c1,0101,t01,teacher,true,2026-08-17,2027-06-30,,");
        users.add("u99,,,true,7777,student,u99,,Chloé,O'Brien,,009999,,,,,05,,");
        write(folder.resolve("users.csv"), users);
        write(folder.resolve("enrollments.csv"), enrollments);
        write(folder.resolve("demographics.csv"), demographics);
        write(folder.resolve("classes.csv"), List.of(
                "sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,"
                        + "schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods",
                "c1,,,Homeroom 3A,03,k1,,homeroom,,0101,Y2027,,,",
                "c2,,,Reading 3,03,k1,,scheduled,,0101,T1,,,",
                "c3,,,Homeroom 7B,07,k1,,homeroom,,0102,Y2027,,,"));
        write(folder.resolve("courses.csv"), List.of(
                "sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,orgSourcedId,"
                        + "subjects,subjectCodes",
                "k1,,,Y2027,Homeroom,HR,,D1,,"));
    }

    /** The folder's files zipped inside a folder of their own, as exports are zipped. */
    public static void writeZip(Path folder, Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out);
                Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                entries.putNextEntry(new ZipEntry("oneroster-export/" + file.getFileName()));
                entries.write(Files.readAllBytes(file));
                entries.closeEntry();
            }
        }
    }

    static String user(int i) {
        return "u" + two(i);
    }

    private static String two(int i) {
        return String.format("%02d", i);
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }
}
