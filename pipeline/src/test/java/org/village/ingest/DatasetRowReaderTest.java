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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/**
 * A sheet joined from parts repeats its header row inside the data (Contoso's SIS marks export does, three times): the
 * row is rejected as a repeated header, not taken for a student on no roster, and the rows around it read as usual.
 */
class DatasetRowReaderTest {

    @TempDir
    Path inbox;

    @Test
    void rejectsTheHeaderRowRepeatedInsideTheDataAsWhatItIs() throws Exception {
        Files.writeString(inbox.resolve("marks.csv"), "Student ID,Term,Course,Mark\n"
                + "S1,Q1,ENG,A\nS2,Q1,ENG,B\n student id ,TERM,Course,Mark\nS3,Q1,ENG,Mark\n");
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + inbox.getFileName() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/common", "classpath:db/h2").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("INSERT INTO ingest_source (file_name, file_sha256, sheet_index, sheet_name, dataset, header_row, "
                + "date1904, status, job_instance_id, registered_at) VALUES ('marks.csv', :sha, 0, 'marks', "
                + "'COURSE_MARKS', 1, FALSE, 'PENDING', 1, :now)")
                .param("sha", "0".repeat(64)).param("now", LocalDate.of(2026, 11, 1).atStartOfDay()).update();
        long sourceId = jdbc.sql("SELECT source_id FROM ingest_source").query(Long.class).single();

        DatasetRowReader reader = new DatasetRowReader(sourceId, inbox, HeaderDictionary.withDistrictNames(Map.of()),
                jdbc, NamedQueries.load("ingest"));
        reader.open(new ExecutionContext());
        List<String> rows = new ArrayList<>();
        for (DatasetRow row = reader.read(); row != null; row = reader.read()) {
            rows.add(row.rowNumber() + " " + row.text(Field.STUDENT_ID) + " "
                    + (row.problem() == null ? "-" : row.problem().reason() + ": " + row.problem().getMessage()));
        }
        reader.close();

        assertThat(rows).containsExactly("2 S1 -", "3 S2 -", "4 student id REPEATED_HEADER: The row repeats the "
                + "header row, as where exports written in parts are joined one after another; it holds no data.",
                "5 S3 -");
    }
}
