package org.village.ingest;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A column Village understands, with the header names student information systems and partners export for it
 * (PowerSchool, Infinite Campus, Skyward, Aeries, Ed-Fi; see shared/external-data/sis-export-headers). Names are
 * compared after {@link #normalise(String)}, so "Student_Number", "student number" and "STUDENT-NUMBER" are one
 * name. A district adds its own names in configuration ({@link HeaderDictionary}). The data managers' guide is
 * generated from this list.
 */
enum Field {

    STUDENT_ID("student id", "The student's id in the student information system, exactly as exported "
            + "(leading zeros kept).", "studentid", "studentnumber", "localid", "localstudentid",
            "studentlocalid", "sisid", "permnumber", "nameid", "sn", "studentuniqueid", "pupilid", "stuid",
            "studentno"),
    SCHOOL_ID("school id", "The school's id, as in the schools list.", "schoolid", "schoolnumber",
            "schoolcode", "sc", "schoolno", "schid", "locationid", "buildingid", "schoolnum", "schoolsisid", "school"),
    SCHOOL_NAME("school name", "The school's name as reports print it.", "schoolname", "name",
            "school"),
    SCHOOL_LEVEL("level", "Elementary, middle, high or other.", "schoollevel", "schooltype", "type"),
    GRADE("grade", "Grade level: PK, K, 1 to 12.", "gradelevel", "studentgrade", "gr", "grd"),
    ENTRY_DATE("entry date", "First day of the enrolment.", "entrydate", "enrollmentdate",
            "enrolmentdate", "entry", "dateenrolled", "enrolldate", "admissiondate"),
    EXIT_DATE("exit date", "Last day of the enrolment; empty while the student is enrolled.", "exitdate", "withdrawdate", "withdrawaldate", "leavedate", "exit"),
    GENDER("gender", "As the SIS records it.", "gender", "sex", "gendermalefemale"),
    RACE_ETHNICITY("race/ethnicity", "Federal race/ethnicity category as the SIS exports it.", "raceethnicity", "race", "ethnicity", "federalraceethnicity", "ethnicityrace"),
    ENGLISH_LEARNER("English learner", "Yes/No.", "ell", "el", "englishlearner", "lep",
            "lepstatus", "englishlanguagelearner"),
    DISABILITY("students with disabilities", "Yes/No (IEP or 504).", "sped",
            "disability", "iep", "specialeducation", "studentswithdisabilities", "swd"),
    ECONOMICALLY_DISADVANTAGED("economically disadvantaged", "Yes/No.", "econdisadv", "economicallydisadvantaged", "ecodis", "frl", "lowincome", "freereducedlunch"),
    HOMELESS("homeless", "Yes/No.", "homeless", "homelessstatus", "mckinneyvento"),
    FOSTER("foster", "Yes/No.", "foster", "fostercare", "infostercare"),
    PERIOD_START("period start", "First day the row covers.", "periodstart", "startdate", "from",
            "fromdate", "begindate", "periodbegin", "start"),
    PERIOD_END("period end", "Last day the row covers.", "periodend", "enddate", "to", "todate",
            "through", "thrudate", "end"),
    DAYS_ENROLLED("days enrolled", "School days the student was enrolled in the period.", "daysenrolled", "daysmembership", "membershipdays", "daysinmembership", "enrolleddays", "membership",
            "potentialdays"),
    DAYS_PRESENT("days present", "Days attended in the period.", "dayspresent", "daysattended",
            "attendeddays", "presentdays"),
    DAYS_ABSENT("days absent", "Days missed in the period (instead of days present).", "daysabsent",
            "absences", "absentdays", "totalabsences", "absent"),
    ATTENDANCE_DATE("date", "The school day.", "date", "attendancedate", "attdate", "calendardate",
            "eventdate", "absencedate", "attndate", "attneventdate", "day", "schoolday"),
    ATTENDANCE_STATUS("attendance code", "Present, absent, tardy, excused, unexcused, or the SIS's code for it.",
            "attendancecode", "status", "attcode", "code", "attendancestatus", "dailystatus",
            "dailyatt", "attendance", "presencestatus", "attendanceeventcategorydescriptor", "attendancetype",
            "allday", "al"),
    MINUTES("minutes", "Minutes present that day.", "minutes", "minutespresent", "presentminutes"),
    TERM("term", "Grading period: Q1, S1, Y1, T2 …", "term", "storecode", "termname", "gradingperiod",
            "markingperiod", "termdescriptor", "actualterm", "termid"),
    COURSE("course", "Course number or name.", "course", "coursenumber", "coursecode", "coursename",
            "coursetitle", "coursenum", "section", "sectionid"),
    SCHOOL_YEAR("school year", "The school year of the mark: 2025-26, 2025-2026 or its ending year 2026.",
            "schoolyear", "academicyear", "year", "sy"),
    DATE_STORED("date stored", "When the mark was stored: the term's last day, from which month its marks count "
            + "toward GPA; gives its school year when no school year is sent.",
            "datestored", "dategraded", "gradedate", "markdate"),
    MARK("mark", "Letter (A, B+ …), percentage (87, 87%) or grade points (3.3).", "mark", "grade",
            "lettergrade", "finalgrade", "finalmark", "finallettergradeearned", "score", "percent", "percentage",
            "gpapoints", "gradepoints", "finalnumericgradeearned", "alphagradeearned", "lettergradeearned",
            "numericgradeearned"),
    CREDITS("credits", "Credits the course carries (attempted, not earned: a failed course still weighs in GPA); 0 "
            + "leaves it out of GPA.", "creditsattempted", "attemptedcredits", "potentialcrhrs", "credithours",
            "credit", "earnedcrhrs"),
    EXCLUDE_FROM_GPA("excluded from GPA", "Yes for courses that do not count toward GPA.", "excludefromgpa", "gpaexcluded", "excludedfromgpa", "nogpa"),
    PARTNERSHIP_ID("partnership id", "The partnership's id in the district's registry (e.g. P-001).",
            "partnershipid", "partnership", "programid", "agreementid", "partnershipcode"),
    PARTNER_NAME("partner name", "The community partner's name.", "partnername", "partner",
            "organization", "organisation", "organizationname", "provider"),
    PARTNERSHIP_TYPE("type", "Mentoring, tutoring, health clinic, food and clothing, career days, clubs, "
            + "volunteers …", "type", "partnershiptype", "programtype", "category", "servicetype"),
    SCHOOLS_SERVED("schools served", "School ids separated by ; or ,", "schoolsserved",
            "schools", "schoolids", "sites", "campuses"),
    START_DATE("start date", "First day of the partnership.", "startdate", "start", "begindate"),
    END_DATE("end date", "Last day; empty if ongoing.", "enddate", "end"),
    BASELINE_START("baseline start", "First day of the baseline period; default the year before the start.",
            "baselinestart", "baselinefrom", "baselinebegin"),
    BASELINE_END("baseline end", "Last day of the baseline period.", "baselineend", "baselineto"),
    DISTRICT_INVESTMENT("district investment", "Committed by the district, in dollars.", "districtinvestment", "districtcommitment", "committeddistrict", "districtfunding"),
    PARTNER_INVESTMENT("partner investment", "Committed by the partner, in dollars.", "partnerinvestment", "partnercommitment", "committedpartner", "partnerfunding"),
    CHECK_IN_CADENCE("check-in cadence", "Monthly, quarterly …", "checkincadence", "cadence",
            "checkinfrequency"),
    MINIMUM_DOSAGE("minimum dosage hours", "Hours a participant needs to count as served fully.",
            "minimumdosagehours", "minimumhours", "dosagetarget", "minimumdosage"),
    GOAL_KPI("KPI", "What the goal measures: attendance_rate, chronic_absenteeism, gpa, students_served, "
            + "volunteer_hours …", "kpi", "goalkpi", "measure", "indicator", "metric"),
    GOAL_TARGET("target", "The value to reach (a rate as 95% or 0.95).", "target", "goaltarget",
            "targetvalue", "goal"),
    GOAL_DATE("by date", "When the target should be reached.", "bydate", "targetdate", "goaldate",
            "goalby", "deadline"),
    SESSION_DATE("session date", "Day of the session (or first day of the period).", "sessiondate", "date", "servicedate", "attendeddate", "activitydate"),
    HOURS("hours", "Hours of service.", "hours", "dosagehours", "contacthours", "duration",
            "sessionhours", "durationhours", "durationhrs", "hrs", "totalhours", "hoursattended", "hoursserved",
            "servicehours"),
    ACTIVITY("activity", "What the session was.", "activity", "session", "sessiontype", "service",
            "activitytype"),
    MONTH("month", "The month (2026-10 or any date in it).", "month", "period", "reportingmonth",
            "date", "monthending", "monthend", "monthstarting"),
    VOLUNTEER_HOURS("volunteer hours", "Hours volunteered in the month.", "volunteerhours", "hours",
            "hoursvolunteered", "totalvolunteerhours"),
    VOLUNTEERS("volunteers", "How many people volunteered.", "volunteers", "volunteercount",
            "numberofvolunteers", "noofvolunteers"),
    CONTRIBUTION_DATE("date", "Date of the contribution.", "date", "contributiondate", "datereceived",
            "giftdate"),
    CONTRIBUTION_KIND("kind", "Cash, in-kind or grant.", "kind", "contributiontype", "type",
            "contributionkind"),
    AMOUNT("amount", "Dollars (in-kind at its value).", "amount", "value", "dollaramount", "amountusd",
            "dollars"),
    DESCRIPTION("description", "What was given.", "description", "details", "item"),
    FUNDER("source", "District or partner.", "source", "fundedby", "funder", "from", "contributor"),
    CHECK_IN_DATE("check-in date", "Day of the check-in.", "checkindate", "date", "meetingdate",
            "reviewdate"),
    CHECK_IN_STATUS("status", "On track, at risk or off track.", "status", "checkinstatus", "rating",
            "overallstatus"),
    NOTES("notes", "Free text.", "notes", "comments", "comment", "note"),
    STORY_DATE("date", "Day of the story.", "date", "storydate", "submitted"),
    TITLE("title", "The story's headline.", "title", "headline", "storytitle"),
    STORY("story", "The story itself.", "story", "text", "storytext", "body", "narrative"),
    QUOTE("quote", "A quote from a participant, parent or teacher.", "quote", "quotation",
            "testimonial"),
    ATTRIBUTION("attribution", "Who said the quote (no student names).", "attribution",
            "quotedby", "speaker", "attributedto"),
    CONSENT("consent to publish", "Yes only if the people in it agreed to publication.", "consenttopublish", "consent", "publishconsent", "maypublish", "okaytopublish", "mediarelease"),
    RECIPIENT_NAME("name", "The recipient's name.", "name", "recipient", "recipientname", "fullname"),
    EMAIL("email", "The recipient's e-mail address.", "email", "emailaddress", "mail"),
    ROLE("role", "Superintendent, principal, board member …", "role", "title", "position", "jobtitle"),
    RECEIVES("receives", "district, board, school:<school id> or partnership:<partnership id>", "receives",
            "scope", "reports", "distribution", "sendto"),
    /** Student names: recognised only so that they are never read. Village needs no names and stores none. */
    STUDENT_NAME("student name", "Never read or stored.", "firstname", "lastname", "middlename",
            "studentname", "name", "fullname", "preferredname", "lastfirst", "firstlast", "studentfirstname",
            "studentlastname", "legalname", "surname", "givenname", "nickname");

    private final String label;
    private final String meaning;
    private final List<String> names;

    Field(String label, String meaning, String... names) {
        this.label = label;
        this.meaning = meaning;
        this.names = Stream.concat(Stream.of(normalise(label)), Stream.of(names)).distinct().toList();
    }

    /** The column's plain name for messages to data managers. */
    String label() {
        return label;
    }

    /** What the column holds, for the data managers' guide. */
    String meaning() {
        return meaning;
    }

    /** Built-in header names, normalised; the label itself is always one of them. */
    List<String> names() {
        return names;
    }

    boolean matches(String normalisedHeader) {
        return names.contains(normalisedHeader);
    }

    /**
     * Where a header stands among the field's names: 0 for its own name, then the synonyms in the order listed,
     * commonest exports first; -1 when it is none of them.
     */
    int rank(String normalisedHeader) {
        return names.indexOf(normalisedHeader);
    }

    /** The field's own name, normalised: a header spelling it out beats one that is only a synonym. */
    String ownName() {
        return names.get(0);
    }

    /**
     * Lower case, accents removed, only letters and digits kept; '#' read as "number", as Genesis writes "Student #"
     * for the student number.
     */
    static String normalise(String header) {
        String decomposed = Normalizer.normalize(header, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128) {
                out.append(c);
            } else if (c == '#') {
                out.append("number");
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
