package org.village.infrastructure;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.springframework.beans.BeansException;

/**
 * One line for the person running Village: the outermost message says what Village was doing, the innermost what the
 * system said; never a stack trace and never a SQL statement (the log file keeps both). Running out of memory says
 * so, with the heap Java was given, whatever it broke on the way (H2 closes its database when it runs out).
 */
public final class FailureMessage {

    /** Spring's "PreparedStatementCallback; SQL [...]" / "bad SQL grammar [...]" and H2's "; SQL statement: ...". */
    private static final Pattern SPRING_SQL = Pattern.compile("(?s)\\b\\w*Callback; (bad SQL grammar|SQL) \\[.*?\\];? ?");
    private static final Pattern H2_SQL = Pattern.compile("(?s); SQL statement:.*?(?=\\[\\d+-\\d+\\]|$)");

    private FailureMessage() {
    }

    public static String oneLine(Throwable failure) {
        if (find(failure, OutOfMemoryError.class::isInstance).isPresent()) {
            return outOfMemory();
        }
        // "Error creating bean with name 'dataSource' defined in ...": which bean failed says nothing to the person
        // running Village; what failed inside it does.
        Throwable error = failure;
        while (error instanceof BeansException && error.getCause() != null) {
            error = error.getCause();
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String outer = withoutSql(error.getMessage());
        String inner = withoutSql(root.getMessage());
        String message;
        if (outer == null || outer.isBlank()) {
            message = inner == null ? root.getClass().getSimpleName() : inner;
        }
        else if (root == error || inner == null || outer.contains(inner)) {
            message = outer;
        }
        else {
            message = (outer.endsWith(".") ? outer.substring(0, outer.length() - 1) : outer) + ": " + inner;
        }
        return message.lines().map(String::strip).filter(line -> !line.isEmpty())
                .reduce((a, b) -> a + " " + b).orElse(message);
    }

    public static String outOfMemory() {
        return "Village ran out of memory: Java may use at most " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MB here; raise -Xmx (e.g. java -Xmx4g -jar village.jar ...) and give the same command again";
    }

    /** The first exception in the chain (causes and suppressed ones) that matches. */
    public static Optional<Throwable> find(Throwable error, Predicate<Throwable> matches) {
        for (Throwable current = error; current != null; current = current.getCause() == current ? null
                : current.getCause()) {
            if (matches.test(current)) {
                return Optional.of(current);
            }
            for (Throwable suppressed : current.getSuppressed()) {
                if (matches.test(suppressed)) {
                    return Optional.of(suppressed);
                }
            }
        }
        return Optional.empty();
    }

    public static Optional<SQLException> sqlException(Throwable error) {
        return find(error, SQLException.class::isInstance).map(SQLException.class::cast);
    }

    static String withoutSql(String message) {
        if (message == null) {
            return null;
        }
        return H2_SQL.matcher(SPRING_SQL.matcher(message).replaceAll("")).replaceAll(" ").strip();
    }
}
