package org.village.cli;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Pattern;

import org.village.infrastructure.FailureMessage;

/**
 * What a command that failed outside a run says, on one line: the work folder another process holds, the database
 * that cannot be reached (its address without a password), running out of memory, or else the shortest honest reason.
 * A Spring start-up failure is logged in full to village.log; the console gets this line.
 */
final class StartFailure {

    /** H2: "Database may be already in use" (its file lock is held by another process). */
    private static final int H2_ALREADY_OPEN = 90020;
    /** H2: the file password (encryption key) does not decrypt the file. */
    private static final int H2_WRONG_KEY = 90049;
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;]password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("//([^/@:]*):[^/@]*@");

    private StartFailure() {
    }

    /**
     * @param workdir the command's work folder
     * @param databaseUrl the configured JDBC URL, or null when Spring did not get far enough to read it
     * @param databaseUser the configured user name, or null
     */
    static String describe(Throwable error, Path workdir, String databaseUrl, String databaseUser) {
        if (FailureMessage.find(error, OutOfMemoryError.class::isInstance).isPresent()) {
            return FailureMessage.outOfMemory();
        }
        Optional<SQLException> sql = FailureMessage.sqlException(error);
        if (sql.isPresent() && sql.get().getErrorCode() == H2_ALREADY_OPEN) {
            return "another Village process is using " + workdir + " (a run, serve or status); "
                    + "only one at a time can use a work folder's database: try again when it has finished";
        }
        if (sql.isPresent() && sql.get().getErrorCode() == H2_WRONG_KEY) {
            return "the encryption key (village.storage.encryption-key) does not open the database in " + workdir
                    + "; give the key it was encrypted with";
        }
        Optional<Throwable> unknownHost = FailureMessage.find(error, UnknownHostException.class::isInstance);
        boolean unreachable = unknownHost.isPresent()
                || FailureMessage.find(error, ConnectException.class::isInstance).isPresent();
        boolean external = databaseUrl != null && !databaseUrl.startsWith("jdbc:h2:");
        if (sql.isPresent() && (unreachable || external)) {
            return "could not connect to the database " + withoutPassword(databaseUrl)
                    + (databaseUser == null || databaseUser.isBlank()
                            || databaseUrl.toLowerCase().contains("user=") ? "" : " as " + databaseUser) + ": "
                    + unknownHost.map(host -> "no such host " + host.getMessage())
                            .orElseGet(() -> FailureMessage.oneLine(sql.get()));
        }
        return FailureMessage.oneLine(error);
    }

    static String withoutPassword(String url) {
        if (url == null) {
            return "(no spring.datasource.url)";
        }
        return USER_INFO.matcher(PASSWORD_PARAMETER.matcher(url).replaceAll("$1***")).replaceAll("//$1:***@");
    }
}
