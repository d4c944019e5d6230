package org.village.ingest;

import java.time.Clock;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.village.infrastructure.NamedQueries;
import org.village.infrastructure.StorageProperties;

/**
 * A rejected row keeps its cell's value and the reason's wording, which quote what the sheet held (a student id, a
 * date of birth), only as long as the data manager needs them to correct and resend the sheet
 * ({@code village.storage.reject-retention}, 90 days by default). Afterwards the row keeps its file, sheet, row,
 * column and reason code, which the counts by reason need, and nothing taken from the cell.
 */
@Component
public class RejectRetention {

    static final String PURGED_REASON = "Details removed after the retention period (village.storage.reject-retention).";

    private static final Logger log = LoggerFactory.getLogger(RejectRetention.class);
    private static final NamedQueries SQL = NamedQueries.load("ingest");

    private final JdbcClient jdbc;
    private final StorageProperties storage;
    private final Clock clock;

    RejectRetention(JdbcClient jdbc, StorageProperties storage, Clock clock) {
        this.jdbc = jdbc;
        this.storage = storage;
        this.clock = clock;
    }

    /** Clears the details of rejects from sheets registered before the retention period; returns how many. */
    public int purge() {
        int purged = jdbc.sql(SQL.get("purge-reject-details"))
                .param("purgedReason", PURGED_REASON)
                .param("cutoff", LocalDateTime.now(clock).minus(storage.rejectRetention()))
                .update();
        if (purged > 0) {
            log.info("Removed the cell values of {} rejected row(s) older than {} days.", purged,
                    storage.rejectRetention().toDays());
        }
        return purged;
    }
}
