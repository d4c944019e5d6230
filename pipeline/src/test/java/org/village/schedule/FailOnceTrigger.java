package org.village.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;

import org.h2.api.Trigger;

/**
 * An H2 trigger on {@code attendance_summary} that fails the first insert of one school's rows, as a disk or a
 * database connection failing part-way through a run would: the failure lands in one partition of the load step.
 */
public class FailOnceTrigger implements Trigger {

    /** The school whose next row fails; null once it has. */
    static final AtomicReference<String> ARMED_FOR_SCHOOL = new AtomicReference<>();

    private static final int SCHOOL_ID_COLUMN = 3;

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        String school = ARMED_FOR_SCHOOL.get();
        if (school != null && school.equals(newRow[SCHOOL_ID_COLUMN])
                && ARMED_FOR_SCHOOL.compareAndSet(school, null)) {
            throw new SQLException("injected failure while loading school " + school + "'s attendance");
        }
    }
}
