package org.village.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * A commit Village's H2 database has returned from survives the process being killed with SIGKILL at once: the
 * database opened with the URL of {@code application.yml} in a JVM of its own, which commits rows one by one and is
 * killed as soon as it says the last commit returned. With H2's default write delay a commit reached the file up to a
 * second later, and a restart found rows missing that the run had counted on (issue 20).
 */
class DurableCommitTest {

    private static final int ROWS = 5;

    @TempDir
    Path workdir;

    @Test
    void aCommittedRowSurvivesAKillRightAfterTheCommit() throws Exception {
        String url = applicationUrl();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CommitThenWait.class.getName(), url, Integer.toString(ROWS))
                .redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append(line).append('\n');
                if (line.equals("committed " + ROWS)) {
                    child.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(output.toString()).as("the child committed every row before it was killed")
                .contains("committed " + ROWS);
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        try (Connection db = DriverManager.getConnection(url, "sa", "");
                Statement statement = db.createStatement();
                ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM committed_row")) {
            count.next();
            assertThat(count.getInt(1)).as("rows whose commit had returned").isEqualTo(ROWS);
        }
    }

    /** The database URL Village opens, in this test's work folder. */
    private String applicationUrl() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties properties = yaml.getObject();
        return properties.getProperty("spring.datasource.url").replace("${village.workdir}", workdir.toString());
    }
}
