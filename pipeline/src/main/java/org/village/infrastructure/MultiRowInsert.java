package org.village.infrastructure;

import java.util.Locale;

/**
 * INSERT statements that carry many rows each ({@code VALUES (..), (..), ...}). H2 runs every statement of a JDBC
 * batch on its own, so the work it does per statement is paid once per statement's rows instead of once per row;
 * PostgreSQL takes the same statements in fewer round trips. Both accept multi-row VALUES.
 */
public final class MultiRowInsert {

    private MultiRowInsert() {
    }

    /** The single-row INSERT with its VALUES tuple repeated; refuses any other statement shape. */
    public static String of(String insert, int rows) {
        int values = insert.toUpperCase(Locale.ROOT).lastIndexOf("VALUES");
        String tuple = values < 0 ? "" : insert.substring(values + "VALUES".length()).trim();
        if (!insert.stripLeading().toUpperCase(Locale.ROOT).startsWith("INSERT") || !tuple.startsWith("(")
                || !tuple.endsWith(")") || tuple.indexOf('(', 1) >= 0) {
            throw new IllegalArgumentException("Not a single-row INSERT ... VALUES (...): " + insert);
        }
        StringBuilder sql = new StringBuilder(insert.length() + rows * (tuple.length() + 2))
                .append(insert, 0, values).append("VALUES ");
        for (int row = 0; row < rows; row++) {
            sql.append(row == 0 ? "" : ", ").append(tuple);
        }
        return sql.toString();
    }
}
