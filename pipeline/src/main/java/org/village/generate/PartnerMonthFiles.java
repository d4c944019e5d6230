package org.village.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A partner's files for a month: its sessions, its volunteer hours and, when it has one, a success story, as one
 * workbook of several sheets or as separate CSV files, by the partner's {@link PartnerFiles} style. Returns the files
 * written, relative to the generated folder.
 */
final class PartnerMonthFiles {

    private PartnerMonthFiles() {
    }

    static List<String> write(Path root, Partnership partnership, YearMonth month, List<Session> sessions,
            VolunteerMonth volunteers, Optional<Story> story, boolean loseLeadingZeros, GroundTruth truth)
            throws IOException {
        PartnerFiles style = partnership.files();
        String folder = "partners/" + month + "/" + partnership.id();
        LocalDate exported = month.plusMonths(1).atDay(1);
        List<String> written = new ArrayList<>();
        if (style.workbook()) {
            String relative = folder + "-" + month + "." + style.format().extension();
            try (TableFile file = style.format().create(root.resolve(relative), exported)) {
                sessions(file.sheet(PartnerFiles.SESSIONS_SHEET), relative, PartnerFiles.SESSIONS_SHEET,
                        partnership, sessions, loseLeadingZeros, truth);
                volunteers(file.sheet(PartnerFiles.VOLUNTEERS_SHEET), partnership, volunteers);
                if (story.isPresent()) {
                    story(file.sheet(PartnerFiles.STORIES_SHEET), partnership, story.get());
                }
            }
            written.add(relative);
            return written;
        }
        String sessionsFile = folder + "-participation-" + month + ".csv";
        try (TableFile file = style.format().create(root.resolve(sessionsFile), exported)) {
            sessions(file.sheet(null), sessionsFile, null, partnership, sessions, loseLeadingZeros, truth);
        }
        written.add(sessionsFile);
        String volunteersFile = folder + "-volunteer-hours-" + month + ".csv";
        try (TableFile file = style.format().create(root.resolve(volunteersFile), exported)) {
            volunteers(file.sheet(null), partnership, volunteers);
        }
        written.add(volunteersFile);
        if (story.isPresent()) {
            String storiesFile = folder + "-stories-" + month + ".csv";
            try (TableFile file = style.format().create(root.resolve(storiesFile), exported)) {
                story(file.sheet(null), partnership, story.get());
            }
            written.add(storiesFile);
        }
        return written;
    }

    private static void sessions(SheetRows out, String relative, String sheet, Partnership partnership,
            List<Session> sessions, boolean loseLeadingZeros, GroundTruth truth) {
        PartnerFiles style = partnership.files();
        Cells header = out.row();
        style.sessionHeaders().forEach(header::text);
        int plantAt = loseLeadingZeros ? PlantedDefects.Kind.LOST_LEADING_ZEROS.position(sessions.size()) : -1;
        for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            String id = session.participant().student().id();
            if (i == plantAt) {
                String lost = id.replaceFirst("^0+", "");
                out.row().text(partnership.id()).text(lost).date(session.date(), style.dates())
                        .decimal(session.hours()).text(session.activity());
                truth.plant(new PlantedRow(relative, sheet, out.lastRowNumber(), style.sessionHeaders().get(1), lost,
                        "student id " + lost + " matches no student (it is " + id + " with its leading zeros lost)"));
                continue;
            }
            out.row().text(partnership.id()).text(id).date(session.date(), style.dates()).decimal(session.hours())
                    .text(session.activity());
        }
    }

    private static void volunteers(SheetRows out, Partnership partnership, VolunteerMonth month) {
        PartnerFiles style = partnership.files();
        Cells header = out.row();
        style.volunteerHeaders().forEach(header::text);
        Cells row = out.row().text(partnership.id());
        if (style.month() == PartnerFiles.MonthCell.YEAR_MONTH) {
            row.text(month.month().toString());
        } else {
            row.date(style.monthDay(month.month()), style.dates());
        }
        row.decimal(month.hours()).number(month.volunteers());
    }

    private static void story(SheetRows out, Partnership partnership, Story story) {
        PartnerFiles style = partnership.files();
        Cells header = out.row();
        style.storyHeaders().forEach(header::text);
        out.row().text(partnership.id()).date(story.date(), style.dates()).text(story.title()).text(story.text())
                .text(story.quote()).text(story.attribution()).text(style.consent(story.consent()));
    }
}
