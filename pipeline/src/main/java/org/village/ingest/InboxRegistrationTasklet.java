package org.village.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.sql.Timestamp;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;
import org.village.infrastructure.Sha256;
import org.village.ingest.edfi.EdFiParts;

/**
 * Looks at every spreadsheet in the inbox and records, per sheet, which dataset its header says it is, and what its
 * dates say ({@link SheetDates}): the order they are written in and the period the sheet is for. A file whose
 * content was registered before is not registered again, whatever its name, unless the reading settings changed
 * since one of its sheets was held back, not recognised or not readable: that sheet is judged again under the new
 * settings (its earlier rows and rejects removed, its arrival kept), so setting the district's date order loads the
 * file it held back. A file another run left half-loaded is taken over, its partial rows removed, so it is loaded
 * once.
 */
class InboxRegistrationTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(InboxRegistrationTasklet.class);

    /** The widths of {@code ingest_source.columns_read} and {@code problem}. */
    private static final int COLUMNS_READ_LENGTH = 8000;
    private static final int PROBLEM_LENGTH = 1000;

    private final Path inbox;
    private final HeaderDictionary dictionary;
    private final ColumnEvidence evidence;
    private final SheetDates dates;
    private final String settingsFingerprint;
    private final JdbcClient jdbc;
    private final NamedQueries sql;

    InboxRegistrationTasklet(Path inbox, HeaderDictionary dictionary, ColumnEvidence evidence, SheetDates dates,
            String settingsFingerprint, JdbcClient jdbc, NamedQueries sql) {
        this.inbox = inbox;
        this.dictionary = dictionary;
        this.evidence = evidence;
        this.dates = dates;
        this.settingsFingerprint = settingsFingerprint;
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long jobInstanceId = contribution.getStepExecution().getJobExecution().getJobInstance().getInstanceId();
        List<Path> files = InboxFiles.spreadsheets(inbox);
        ReferenceLists lists = new ReferenceLists();
        int registered = 0;
        for (Path file : files) {
            contribution.incrementReadCount();
            String sha256 = sha256(file);
            adoptOrphans(sha256, jobInstanceId);
            jdbc.sql(sql.get("forget-refused-source")).param("sha256", sha256).update();
            List<Map<String, Object>> known = jdbc.sql(sql.get("source-by-hash")).param("sha256", sha256).query()
                    .listOfRows();
            if (known.isEmpty()) {
                register(file, sha256, jobInstanceId, lists);
                registered++;
                continue;
            }
            List<Map<String, Object>> stale = jdbc.sql(sql.get("sheets-judged-under-other-settings"))
                    .param("sha256", sha256).param("settings", settingsFingerprint).query().listOfRows();
            if (!stale.isEmpty()) {
                judgeAgain(file, sha256, jobInstanceId, stale, known.size(), lists);
                registered++;
            }
        }
        refuseListsNotTheDistricts(lists);
        contribution.incrementWriteCount(registered);
        log.info("Inbox {}: {} spreadsheet(s), {} new", inbox, files.size(), registered);
        return RepeatStatus.FINISHED;
    }

    /**
     * Refused lists are judged again whenever they are in the inbox (their rows were never loaded), so the district's
     * list refused for want of evidence loads once the files that use its ids arrive.
     */
    private void refuseListsNotTheDistricts(ReferenceLists lists) {
        Map<Dataset, Set<String>> inUse = Map.of(
                Dataset.SCHOOLS, Set.copyOf(jdbc.sql(sql.get("school-ids-in-use")).query(String.class).list()),
                Dataset.PARTNERSHIPS, Set.copyOf(jdbc.sql(sql.get("partnership-ids-in-use")).query(String.class)
                        .list()));
        for (ReferenceLists.Refusal refusal : lists.refusals(inUse)) {
            log.warn("{} {}", refusal.candidate().label(), refusal.problem());
            jdbc.sql(sql.get("refuse-source")).param("sha256", refusal.candidate().sha256())
                    .param("sheetIndex", refusal.candidate().sheetIndex())
                    .param("problem", abbreviate(refusal.problem(), PROBLEM_LENGTH)).update();
        }
    }

    /**
     * Forgets how the sheets were judged under other settings, with any rows and rejects they left, and registers
     * them again for this run to load: the whole file when none of its sheets is in use, else only those sheets.
     * They keep the run they first arrived in, so a file sent since for the same period stays the newer version.
     */
    private void judgeAgain(Path file, String sha256, long jobInstanceId, List<Map<String, Object>> stale,
            int sheetsKnown, ReferenceLists lists) {
        long arrivedIn = ((Number) stale.get(0).get("arrived_in")).longValue();
        Set<Integer> sheets = new TreeSet<>();
        Set<Integer> orderAnswered = new TreeSet<>();
        for (Map<String, Object> sheet : stale) {
            long sourceId = ((Number) sheet.get("source_id")).longValue();
            int index = ((Number) sheet.get("sheet_index")).intValue();
            log.info("{}: judged again, as the reading settings (village.ingest) changed since it was {}",
                    sheet.get("file_name"), ((String) sheet.get("status")).toLowerCase(Locale.ROOT));
            if ("HELD".equals(sheet.get("status"))
                    && Boolean.valueOf(!dates.districtDayFirst()).equals(sheet.get("day_first"))) {
                orderAnswered.add(index);
            }
            forget(sourceId);
            sheets.add(index);
        }
        register(file, sha256, new Arrival(inbox.relativize(file).toString().replace('\\', '/'), sha256,
                modifiedAt(file), jobInstanceId, arrivedIn, orderAnswered), lists,
                stale.size() == sheetsKnown ? null : sheets);
    }

    private void forget(long sourceId) {
        SourceRows.removeAll(jdbc, sql, sourceId);
        jdbc.sql(sql.get("delete-source-months")).param("sourceId", sourceId).update();
        jdbc.sql(sql.get("delete-source-summarised")).param("sourceId", sourceId).update();
        jdbc.sql(sql.get("forget-source")).param("sourceId", sourceId).update();
    }

    private void adoptOrphans(String sha256, long jobInstanceId) {
        List<Long> orphans = jdbc.sql(sql.get("orphaned-sources"))
                .param("sha256", sha256).param("jobInstanceId", jobInstanceId)
                .query(Long.class).list();
        for (Long sourceId : orphans) {
            SourceRows.removeAll(jdbc, sql, sourceId);
            jdbc.sql(sql.get("adopt-source")).param("sourceId", sourceId).param("jobInstanceId", jobInstanceId)
                    .update();
        }
    }

    /**
     * A file being registered: what every one of its sheets' rows in {@code ingest_source} shares. {@code arrivedIn}:
     * the run it first arrived in; {@code orderAnswered}: the sheets held back for an open date order that the
     * district's changed order now settles ({@link SheetDates#read}).
     */
    private record Arrival(String fileName, String sha256, Timestamp modifiedAt, long jobInstanceId,
            long arrivedIn, Set<Integer> orderAnswered) {
    }

    private void register(Path file, String sha256, long jobInstanceId, ReferenceLists lists) {
        register(file, sha256, new Arrival(inbox.relativize(file).toString().replace('\\', '/'), sha256,
                modifiedAt(file), jobInstanceId, jobInstanceId, Set.of()), lists, null);
    }

    /** {@code only}: the sheets to register, null for all of them. */
    private void register(Path file, String sha256, Arrival arrival, ReferenceLists lists, Set<Integer> only) {
        try (Spreadsheet workbook = Spreadsheets.open(file)) {
            List<String> sheets = workbook.sheetNames();
            if (sheets.isEmpty()) {
                insert(arrival, 0, "", null, false, null, "UNREADABLE",
                        "has no sheets; open it in Excel and check it is the file you meant to send");
            }
            for (int i = 0; i < sheets.size(); i++) {
                if (only == null || only.contains(i)) {
                    registerSheet(workbook, i, arrival, lists);
                }
            }
        }
        catch (SpreadsheetProblem problem) {
            log.warn("{} {}", arrival.fileName(), problem.getMessage());
            insert(arrival, 0, "", null, false, null, "UNREADABLE", problem.getMessage());
        }
    }

    private void registerSheet(Spreadsheet workbook, int index, Arrival arrival, ReferenceLists lists) {
        String sheetName = workbook.sheetNames().get(index);
        String notUsed = workbook.notUsed(index);
        if (notUsed != null) {
            insert(arrival, index, sheetName, null, false, null, "UNRECOGNISED", notUsed);
            return;
        }
        try (SheetCursor cursor = workbook.openSheet(index)) {
            HeaderMapping.Search search = HeaderMapping.find(cursor, dictionary, evidence, workbook.date1904());
            if (search.header().isPresent()) {
                HeaderMapping header = search.header().get();
                String label = arrival.fileName() + (sheetName.isEmpty() || workbook.sheetNames().size() == 1 ? ""
                        : ", sheet '" + sheetName + "'");
                SheetDates.Reading reading = dates.read(header, new ReplayingSheetCursor(search.sampled(), cursor,
                        lists.observer(arrival.sha256(), index, label, header)), arrival.fileName(),
                        workbook.date1904(), arrival.orderAnswered().contains(index));
                insert(arrival, index, sheetName, header, workbook.date1904(), reading,
                        reading.problem() == null ? "PENDING" : "HELD", reading.problem());
            }
            else {
                insert(arrival, index, sheetName, null, workbook.date1904(), null, "UNRECOGNISED", search.problem());
            }
        }
        catch (SpreadsheetProblem problem) {
            insert(arrival, index, sheetName, null, workbook.date1904(), null, "UNREADABLE", problem.getMessage());
        }
    }

    private void insert(Arrival arrival, int sheetIndex, String sheetName, HeaderMapping header, boolean date1904,
            SheetDates.Reading dates, String status, String problem) {
        jdbc.sql(sql.get("insert-source"))
                .params(Map.of("fileName", arrival.fileName(), "sha256", arrival.sha256(), "sheetIndex", sheetIndex,
                        "sheetName", sheetName, "date1904", date1904, "status", status,
                        "jobInstanceId", arrival.jobInstanceId(), "modifiedAt", arrival.modifiedAt()))
                .param("arrivedIn", arrival.arrivedIn()).param("settings", settingsFingerprint)
                .param("dataset", header == null ? null : header.dataset().name())
                .param("headerRow", header == null ? null : header.headerRowNumber())
                .param("columnMap", header == null ? null : header.columnMap())
                .param("columnsRead", header == null ? null : abbreviate(header.describe(), COLUMNS_READ_LENGTH))
                .param("dayFirst", dates == null ? null : dates.dayBeforeMonth())
                .param("claimedPeriod", dates == null || dates.period() == null ? null : dates.period().toString())
                .param("problem", problem == null ? null : abbreviate(problem, PROBLEM_LENGTH))
                .update();
    }

    private static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    /** The file's time, or its newest part's where it is read with others (an Ed-Fi grades file and its sections). */
    private static Timestamp modifiedAt(Path file) {
        try {
            long newest = Files.getLastModifiedTime(file).toMillis();
            for (Path part : EdFiParts.companions(file)) {
                newest = Math.max(newest, Files.getLastModifiedTime(part).toMillis());
            }
            return new Timestamp(newest);
        }
        catch (IOException e) {
            throw new UncheckedIOException("The file " + file + " could not be read", e);
        }
    }

    /**
     * The file's content hash; for a folder (a OneRoster bundle) the hash of its files' relative names and bytes in
     * name order, so the same export sent again is the same content whatever the folder's dates. An Ed-Fi file read
     * with others beside it hashes theirs after its own, so a corrected or late part makes it new content.
     */
    static String sha256(Path file) {
        MessageDigest digest = Sha256.newDigest();
        try {
            if (Files.isDirectory(file)) {
                try (Stream<Path> paths = Files.walk(file)) {
                    for (Path part : paths.filter(Files::isRegularFile).sorted().toList()) {
                        digest.update(file.relativize(part).toString().replace('\\', '/')
                                .getBytes(StandardCharsets.UTF_8));
                        digest.update(ByteBuffer.allocate(Long.BYTES + 1).put((byte) 0).putLong(Files.size(part))
                                .array());
                        digestBytes(part, digest);
                    }
                }
            } else {
                digestBytes(file, digest);
                for (Path part : EdFiParts.companions(file)) {
                    digest.update(part.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                    digest.update(ByteBuffer.allocate(Long.BYTES + 1).put((byte) 0).putLong(Files.size(part))
                            .array());
                    digestBytes(part, digest);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        }
        catch (IOException e) {
            throw new UncheckedIOException("The file " + file + " could not be read", e);
        }
    }

    private static void digestBytes(Path file, MessageDigest digest) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }
}
