package org.village.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SQL kept out of Java: each feature has a {@code sql/<feature>.sql} file whose statements are introduced by a
 * {@code -- name: <key>} line. Every statement is portable between H2 and PostgreSQL.
 */
public final class NamedQueries {

    private static final String MARKER = "-- name:";

    private final String resource;
    private final Map<String, String> statements;

    private NamedQueries(String resource, Map<String, String> statements) {
        this.resource = resource;
        this.statements = statements;
    }

    public static NamedQueries load(String feature) {
        String resource = "/sql/" + feature + ".sql";
        try (InputStream in = NamedQueries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing SQL resource " + resource);
            }
            return new NamedQueries(resource, parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String get(String name) {
        String sql = statements.get(name);
        if (sql == null) {
            throw new IllegalArgumentException("No statement '" + name + "' in " + resource);
        }
        return sql;
    }

    private static Map<String, String> parse(String text) {
        Map<String, String> statements = new LinkedHashMap<>();
        String name = null;
        StringBuilder sql = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith(MARKER)) {
                put(statements, name, sql);
                name = line.substring(MARKER.length()).trim();
                sql.setLength(0);
            }
            else if (name != null && !line.stripLeading().startsWith("--")) {
                sql.append(line).append('\n');
            }
        }
        put(statements, name, sql);
        return statements;
    }

    private static void put(Map<String, String> statements, String name, StringBuilder sql) {
        if (name != null) {
            String statement = sql.toString().strip();
            statements.put(name, statement.endsWith(";") ? statement.substring(0, statement.length() - 1) : statement);
        }
    }
}
