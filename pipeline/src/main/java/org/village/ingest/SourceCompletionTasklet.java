package org.village.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * Closes the sheets this run loaded, in one transaction. Until then a sheet is PENDING and none of its rows count,
 * so a file is used whole or not at all. Each sheet then becomes LOADED, or HELD when more of its rows were rejected
 * than the threshold allows (almost always a wrongly mapped column, so none of it is trusted). Of two loaded versions
 * of the same dataset for the same period, from the same sender or under the same file name and sheet, the later
 * arrival is used, then the file modified later; the other is REPLACED. A sheet's period is the one its dates and name claim ({@link SheetDates}), so a row
 * dated outside it (rejected) cannot make it a version of something else. Course marks are closed last, once their
 * marks without a school year are placed or rejected ({@link MarkSchoolYears}).
 */
class SourceCompletionTasklet implements Tasklet {

    private final JdbcClient jdbc;
    private final NamedQueries sql;
    private final BigDecimal rejectThreshold;
    private final int schoolYearStartMonth;
    private final MarkSchoolYears markSchoolYears;
    private final Clock clock;

    SourceCompletionTasklet(JdbcClient jdbc, NamedQueries sql, BigDecimal rejectThreshold, int schoolYearStartMonth,
            Clock clock) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.rejectThreshold = rejectThreshold;
        this.schoolYearStartMonth = schoolYearStartMonth;
        this.markSchoolYears = new MarkSchoolYears(jdbc, sql, schoolYearStartMonth);
        this.clock = clock;
    }

    record Extent(long rowCount, long senders, String sender, String firstPeriod, String lastPeriod) {
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long jobInstanceId = contribution.getStepExecution().getJobExecution().getJobInstance().getInstanceId();
        List<Map<String, Object>> sources = jdbc.sql(sql.get("sources-to-complete"))
                .param("jobInstanceId", jobInstanceId).query().listOfRows();
        // Marks last: a mark's school year may come from the run's other sheets (MarkSchoolYears).
        boolean marksPlaced = false;
        for (Map<String, Object> source : sources.stream()
                .sorted(Comparator.comparing(source -> Dataset.COURSE_MARKS.name().equals(source.get("dataset"))))
                .toList()) {
            long sourceId = ((Number) source.get("source_id")).longValue();
            Dataset dataset = Dataset.valueOf((String) source.get("dataset"));
            if (dataset == Dataset.COURSE_MARKS && !marksPlaced) {
                // Rows rejected after the loader counted them as written: the run's totals take them back.
                contribution.incrementProcessSkipCount(
                        markSchoolYears.placeOrReject(jobInstanceId, runMonth(contribution)));
                marksPlaced = true;
            }
            complete(sourceId, dataset, SheetPeriod.parse((String) source.get("claimed_period")));
            contribution.incrementWriteCount(1);
        }
        return RepeatStatus.FINISHED;
    }

    /** The month being run; {@code validate} has none and checks the files as the month just ended would. */
    private YearMonth runMonth(StepContribution contribution) {
        String month = contribution.getStepExecution().getJobExecution().getJobParameters().getString("month");
        return month != null ? YearMonth.parse(month) : YearMonth.now(clock).minusMonths(1);
    }

    private void complete(long sourceId, Dataset dataset, SheetPeriod claimed) {
        Extent extent = jdbc.sql(sql.get("extent-" + dataset.name())).param("sourceId", sourceId)
                .query(Extent.class).single();
        long rejected = jdbc.sql(sql.get("reject-count")).param("sourceId", sourceId).query(Long.class).single();
        long read = extent.rowCount() + rejected;
        boolean held = read > 0 && BigDecimal.valueOf(rejected)
                .divide(BigDecimal.valueOf(read), 6, RoundingMode.HALF_UP).compareTo(rejectThreshold) > 0;
        String sender = extent.senders() == 1 ? extent.sender() : "district";
        String period = claimed != null ? claimed.toString() : periodKey(dataset, extent, schoolYearStartMonth);
        jdbc.sql(sql.get("complete-source"))
                .param("sourceId", sourceId)
                .param("status", held ? "HELD" : "LOADED")
                .param("rowsRead", read)
                .param("rowsLoaded", extent.rowCount())
                .param("rowsRejected", rejected)
                .param("sender", sender)
                .param("periodKey", period)
                .param("firstPeriod", extent.firstPeriod())
                .param("lastPeriod", extent.lastPeriod())
                .param("problem", held ? heldBack(sourceId, rejected, read) : null)
                .update();
        if (!held) {
            Optional<Long> newer = jdbc.sql(sql.get("newer-version"))
                    .param("sourceId", sourceId).param("dataset", dataset.name())
                    .param("sender", sender).param("periodKey", period)
                    .query(Long.class).optional();
            if (newer.isPresent()) {
                jdbc.sql(sql.get("mark-replaced")).param("sourceId", sourceId).param("newerId", newer.get()).update();
            }
            else {
                jdbc.sql(sql.get("replace-other-versions"))
                        .param("sourceId", sourceId).param("dataset", dataset.name())
                        .param("sender", sender).param("periodKey", period)
                        .update();
            }
        }
    }

    /** Why a sheet was held back, in the words of its commonest reject, since that is what to fix first. */
    private String heldBack(long sourceId, long rejected, long read) {
        String commonest = jdbc.sql(sql.get("commonest-reject-reason")).param("sourceId", sourceId)
                .query(String.class).optional().orElse("");
        String what = switch (commonest) {
            case "UNKNOWN_STUDENT" -> "most of them are students on no roster Village has received. The roster "
                    + "(enrolment file) for their school is most likely missing: send it (from Ed-Fi, the "
                    + "StudentSchoolAssociation records), or check in the summary that it was read; the rejects for "
                    + "this file name the schools";
            case "UNKNOWN_SCHOOL" -> "most of them name a school that is not in the district's schools list: check "
                    + "the school column (does it hold names, not ids?) or send the schools list";
            case "WEEKEND" -> "most of them fall on a Saturday or Sunday: check the date column and the order its "
                    + "dates are written in (village.ingest.date-locale), and whether the export lists every calendar "
                    + "day rather than school days";
            case "OUTSIDE_PERIOD" -> "most of them are dated outside the period the file is for (by its name and "
                    + "most of its dates): check the file's name and its dates";
            case "LEADING_ZEROS_LOST" -> "most of their ids lost their leading zeros in a number column: format the "
                    + "id columns as text and export the file again";
            default -> "this is usually a column read as the wrong thing: see how the sheet was read and its "
                    + "rejects, correct it and send it again";
        };
        return "was held back: " + rejected + " of its " + read + " rows were rejected, more than "
                + rejectThreshold.movePointRight(2).stripTrailingZeros().toPlainString() + "%; " + what;
    }

    /**
     * What a sheet that claims no period is a version of: a span of months, a term, a school year, or the current
     * list.
     */
    static String periodKey(Dataset dataset, Extent extent, int schoolYearStartMonth) {
        if (extent.firstPeriod() == null) {
            return "current";
        }
        if (dataset == Dataset.COURSE_MARKS || dataset == Dataset.TERM_DATES) {
            return extent.firstPeriod().equals(extent.lastPeriod()) ? extent.firstPeriod()
                    : extent.firstPeriod() + ".." + extent.lastPeriod();
        }
        if (dataset == Dataset.ROSTER) {
            LocalDate last = LocalDate.parse(extent.lastPeriod());
            int start = last.getMonthValue() >= schoolYearStartMonth ? last.getYear() : last.getYear() - 1;
            return start + "-" + String.format("%02d", (start + 1) % 100);
        }
        String first = extent.firstPeriod().substring(0, 7);
        String last = extent.lastPeriod().substring(0, 7);
        return first.equals(last) ? first : first + ".." + last;
    }
}
