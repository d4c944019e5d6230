package org.village.ingest;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.database.ItemPreparedStatementSetter;
import org.springframework.jdbc.core.SqlParameter;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

/**
 * Binds a record's components to a named-parameter INSERT by position. The loaders write millions of rows, and
 * looking each property up by name per row (as a bean-property parameter source does) cost a tenth of the load;
 * here the accessors are resolved once per record type.
 */
final class RecordStatementSetter implements ItemPreparedStatementSetter<Object> {

    private final String positionalSql;
    private final MethodHandle[] accessors;
    private final int[] sqlTypes;

    private RecordStatementSetter(String positionalSql, MethodHandle[] accessors, int[] sqlTypes) {
        this.positionalSql = positionalSql;
        this.accessors = accessors;
        this.sqlTypes = sqlTypes;
    }

    static RecordStatementSetter of(Class<? extends Record> type, String namedSql) {
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(namedSql);
        Map<String, MethodHandle> byName = new HashMap<>();
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        for (RecordComponent component : type.getRecordComponents()) {
            try {
                byName.put(component.getName(), lookup.unreflect(component.getAccessor()));
            }
            catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + type.getSimpleName() + "." + component.getName(), e);
            }
        }
        List<String> names = parameterNames(parsed);
        MethodHandle[] accessors = new MethodHandle[names.size()];
        int[] sqlTypes = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            accessors[i] = byName.get(names.get(i));
            if (accessors[i] == null) {
                throw new IllegalStateException(type.getSimpleName() + " has no component " + names.get(i)
                        + " for the statement " + namedSql);
            }
            sqlTypes[i] = StatementCreatorUtils.javaTypeToSqlParameterType(accessors[i].type().returnType());
        }
        return new RecordStatementSetter(NamedParameterUtils.substituteNamedParameters(parsed, null), accessors,
                sqlTypes);
    }

    private static List<String> parameterNames(ParsedSql parsed) {
        return NamedParameterUtils.buildSqlParameterList(parsed, new MapSqlParameterSource()).stream()
                .map(SqlParameter::getName).toList();
    }

    String sql() {
        return positionalSql;
    }

    int parameterCount() {
        return accessors.length;
    }

    @Override
    public void setValues(Object item, PreparedStatement statement) throws SQLException {
        setValues(item, statement, 0);
    }

    /**
     * Binds the record to the parameters after {@code offset}, so that one statement can carry several records. A
     * null is bound with the SQL type of its component, known from the record, rather than asking the driver per
     * value (which Spring does for an unknown type).
     */
    void setValues(Object item, PreparedStatement statement, int offset) throws SQLException {
        for (int i = 0; i < accessors.length; i++) {
            Object value;
            try {
                value = accessors[i].invoke(item);
            }
            catch (Throwable e) {
                throw new IllegalStateException("Cannot read " + item.getClass().getSimpleName(), e);
            }
            if (value == null) {
                StatementCreatorUtils.setParameterValue(statement, offset + i + 1, sqlTypes[i], null);
            }
            else {
                statement.setObject(offset + i + 1, value);
            }
        }
    }
}
