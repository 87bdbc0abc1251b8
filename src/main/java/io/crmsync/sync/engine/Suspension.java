package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the sync is suspended, and why. A fatal failure (the org's API limit, API access
 * disabled, an object permission missing) stops every poll and worker on every node until an admin
 * clears it or, for a limit, until {@code resumeAt}.
 */
@Component
class Suspension {

    record State(
            String cause,
            ExternalSystem system,
            String code,
            String message,
            Instant since,
            Instant resumeAt) {}

    private final JdbcClient jdbc;

    Suspension(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<State> current() {
        return jdbc.sql("SELECT * FROM sync_suspension WHERE id = 1")
                .query(
                        (rs, n) -> {
                            Timestamp resume = rs.getTimestamp("resume_at");
                            return new State(
                                    rs.getString("cause"),
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
        Optional<State> state = current();
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
    void suspend(State state) {
        jdbc.sql(
                        """
                        INSERT IGNORE INTO sync_suspension
                          (id, cause, system_name, code, message, since, resume_at)
                        VALUES (1, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        state.cause(),
                        state.system().name(),
                        state.code(),
                        state.message().length() > 2000
                                ? state.message().substring(0, 2000)
                                : state.message(),
                        Timestamp.from(state.since()),
                        state.resumeAt() == null ? null : Timestamp.from(state.resumeAt()))
                .update();
    }

    boolean clear() {
        return jdbc.sql("DELETE FROM sync_suspension WHERE id = 1").update() > 0;
    }
}
