package org.village.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * A loader stopped part-way through a sheet starts again after the last row its committed chunks took, although
 * the sheet is parsed ahead of the loader on a thread of its own: rows parsed and never taken are read again, rows
 * taken are not.
 */
class DatasetRowReaderRestartTest {

    private static final int ROWS = 2_345;
    private static final int TAKEN_BEFORE_THE_CRASH = 1_100;

    @TempDir
    Path inbox;

    private JdbcClient jdbc;

    @BeforeEach
    void database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + inbox.getFileName() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/common", "classpath:db/h2").load().migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    @ParameterizedTest
    @ValueSource(strings = { "attendance.xlsx", "attendance.csv" })
    void continuesAfterTheRowsTakenBeforeTheStopAndTakesEachRowOnce(String fileName) throws Exception {
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(List.of("Student ID", "School ID", "Date", "Attendance Code"));
        for (int i = 0; i < ROWS; i++) {
            sheet.add(List.of(String.format("S%05d", i), "0101", "2026-10-05", "P"));
        }
        write(fileName, sheet);
        long sourceId = register(fileName);

        ExecutionContext saved = new ExecutionContext();
        List<DatasetRow> beforeTheCrash = new ArrayList<>();
        DatasetRowReader first = reader(sourceId);
        first.open(new ExecutionContext());
        for (int i = 0; i < TAKEN_BEFORE_THE_CRASH; i++) {
            beforeTheCrash.add(first.read());
        }
        first.update(saved);
        first.close();

        List<DatasetRow> afterTheRestart = new ArrayList<>();
        DatasetRowReader restarted = reader(sourceId);
        restarted.open(saved);
        for (DatasetRow row = restarted.read(); row != null; row = restarted.read()) {
            afterTheRestart.add(row);
        }
        restarted.close();

        assertThat(afterTheRestart.get(0).rowNumber()).isEqualTo(TAKEN_BEFORE_THE_CRASH + 2);
        assertThat(afterTheRestart.get(0).text(Field.STUDENT_ID)).isEqualTo(String.format("S%05d",
                TAKEN_BEFORE_THE_CRASH));
        List<Integer> everyRow = new ArrayList<>();
        beforeTheCrash.forEach(row -> everyRow.add(row.rowNumber()));
        afterTheRestart.forEach(row -> everyRow.add(row.rowNumber()));
        assertThat(everyRow).hasSize(ROWS).doesNotHaveDuplicates().isSorted();
    }

    /**
     * Whatever a crash left, a restarted loader writes each row once: rows and rejects stored for rows after its
     * saved position (a chunk whose position was lost with it) are removed before it reads on, and those up to it are
     * kept. A load killed before its first chunk, continued by a run that recovered it, starts from an empty sheet.
     */
    @Test
    void removesWhatEarlierAttemptsWroteAfterTheSavedPositionBeforeReadingOn() throws Exception {
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(List.of("Student ID", "School ID", "Date", "Attendance Code"));
        for (int i = 0; i < 40; i++) {
            sheet.add(List.of(String.format("S%05d", i), "0101", "2026-10-05", "P"));
        }
        write("attendance.xlsx", sheet);
        long sourceId = register("attendance.xlsx");
        ExecutionContext saved = new ExecutionContext();
        DatasetRowReader first = reader(sourceId);
        first.open(new ExecutionContext());
        for (int i = 0; i < 10; i++) {
            first.read();
        }
        first.update(saved);
        first.close();
        for (int row = 2; row <= 31; row++) {
            jdbc.sql("INSERT INTO daily_attendance (source_id, source_row, student_id, school_id, attendance_date, "
                    + "status) VALUES (:source, :row, 'S', '0101', DATE '2026-10-05', 'P')")
                    .param("source", sourceId).param("row", row).update();
        }
        jdbc.sql("INSERT INTO ingest_reject (source_id, source_row, column_name, cell_value, reason) "
                + "VALUES (:source, 25, 'Student ID', 'S', 'on no roster')").param("source", sourceId).update();

        DatasetRowReader restarted = reader(sourceId);
        restarted.open(saved);
        DatasetRow next = restarted.read();
        restarted.close();

        assertThat(next.rowNumber()).isEqualTo(12);
        assertThat(jdbc.sql("SELECT source_row FROM daily_attendance WHERE source_id = :source ORDER BY source_row")
                .param("source", sourceId).query(Integer.class).list())
                .as("the ten rows read before the saved position, rows 2 to 11").hasSize(10).first().isEqualTo(2);
        assertThat(jdbc.sql("SELECT MAX(source_row) FROM daily_attendance WHERE source_id = :source")
                .param("source", sourceId).query(Integer.class).single()).isEqualTo(11);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ingest_reject WHERE source_id = :source").param("source", sourceId)
                .query(Integer.class).single()).isZero();

        ExecutionContext recovered = new ExecutionContext();
        recovered.put("batch.recovered", true);
        DatasetRowReader fromTheStart = reader(sourceId);
        fromTheStart.open(recovered);
        assertThat(fromTheStart.read().rowNumber()).isEqualTo(2);
        fromTheStart.close();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM daily_attendance WHERE source_id = :source")
                .param("source", sourceId).query(Integer.class).single()).isZero();
    }

    private void write(String fileName, List<List<Object>> sheet) throws Exception {
        if (fileName.endsWith(".xlsx")) {
            TestWorkbooks.workbook().sheet("Attendance", sheet).writeTo(inbox.resolve(fileName));
            return;
        }
        StringBuilder csv = new StringBuilder();
        for (List<Object> row : sheet) {
            csv.append(String.join(",", row.stream().map(Object::toString).toList())).append('\n');
        }
        Files.writeString(inbox.resolve(fileName), csv);
    }

    private long register(String fileName) {
        jdbc.sql("INSERT INTO ingest_source (file_name, file_sha256, sheet_index, sheet_name, dataset, header_row, "
                + "date1904, status, job_instance_id, registered_at) VALUES (:file, :sha, 0, 'Attendance', "
                + "'DAILY_ATTENDANCE', 1, FALSE, 'PENDING', 1, :now)")
                .param("file", fileName).param("sha", "0".repeat(62) + fileName.length()).param("now",
                        LocalDate.of(2026, 11, 1).atStartOfDay())
                .update();
        return jdbc.sql("SELECT source_id FROM ingest_source WHERE file_name = :file").param("file", fileName)
                .query(Long.class).single();
    }

    private DatasetRowReader reader(long sourceId) {
        return new DatasetRowReader(sourceId, inbox, HeaderDictionary.withDistrictNames(Map.of()), jdbc,
                NamedQueries.load("ingest"));
    }
}
