package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.sync.SuspensionCause;
import io.crmsync.sync.SyncSuspension;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Whether the sync is suspended, and why. A fatal failure (the org's API limit, API access
 * disabled, an object permission missing) stops every poll and worker on every node until an admin
 * clears it or, for a limit, until {@code resumeAt}.
 */
@NamedInterface("engine")
@Component
public class Suspension {

    private static final int MESSAGE_LENGTH = 2000;

    private final JdbcClient jdbc;

    Suspension(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SyncSuspension> current() {
        return jdbc.sql("SELECT * FROM sync_suspension WHERE id = 1")
                .query(
                        (rs, n) -> {
                            Timestamp resume = rs.getTimestamp("resume_at");
                            return new SyncSuspension(
                                    SuspensionCause.fromStored(rs.getString("cause")),
                                    ExternalSystem.valueOf(rs.getString("system_name")),
                                    rs.getString("code"),
                                    rs.getString("message"),
                                    rs.getTimestamp("since").toInstant(),
                                    resume == null ? null : resume.toInstant());
                        })
                .optional();
    }

    /** Whether the sync is suspended at {@code now}; a limit suspension ends by itself. */
    boolean active(Instant now) {
        Optional<SyncSuspension> state = current();
        if (state.isEmpty()) {
            return false;
        }
        if (state.get().resumeAt() != null && !now.isBefore(state.get().resumeAt())) {
            clear();
            return false;
        }
        return true;
    }

    /** Suspends; an existing suspension keeps its cause and start. */
    void suspend(SyncSuspension suspension) {
        String message = suspension.message();
        jdbc.sql(
                        """
                        INSERT IGNORE INTO sync_suspension
                          (id, cause, system_name, code, message, since, resume_at)
                        VALUES (1, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        suspension.cause().name(),
                        suspension.system().name(),
                        suspension.code(),
                        message.length() > MESSAGE_LENGTH
                                ? message.substring(0, MESSAGE_LENGTH)
                                : message,
                        Timestamp.from(suspension.since()),
                        suspension.resumeAt() == null
                                ? null
                                : Timestamp.from(suspension.resumeAt()))
                .update();
    }

    boolean clear() {
        return jdbc.sql("DELETE FROM sync_suspension WHERE id = 1").update() > 0;
    }
}
