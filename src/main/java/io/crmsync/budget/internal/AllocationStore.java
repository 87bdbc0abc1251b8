package io.crmsync.budget.internal;

import io.crmsync.base.ExternalSystem;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calls per 24 hours that crmsync may spend on a side ({@code api_allocation}). */
@Repository
public class AllocationStore {

    private final JdbcClient jdbc;

    AllocationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> allocation(ExternalSystem system) {
        return jdbc.sql("SELECT calls_per_day FROM api_allocation WHERE system_name = ?")
                .param(system.name())
                .query(Long.class)
                .optional();
    }

    public void save(ExternalSystem system, Long callsPerDay, Instant at, String by) {
        if (callsPerDay == null) {
            jdbc.sql("DELETE FROM api_allocation WHERE system_name = ?")
                    .param(system.name())
                    .update();
            return;
        }
        jdbc.sql(
                        """
                        INSERT INTO api_allocation (system_name, calls_per_day, updated_at, updated_by)
                        VALUES (?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE calls_per_day = VALUES(calls_per_day),
                          updated_at = VALUES(updated_at), updated_by = VALUES(updated_by)
                        """)
                .params(system.name(), callsPerDay, Timestamp.from(at), by)
                .update();
    }
}
