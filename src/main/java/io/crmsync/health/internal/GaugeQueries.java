package io.crmsync.health.internal;

import io.crmsync.base.ExternalSystem;
import io.crmsync.sync.QueueBacklog;
import io.crmsync.sync.SyncSuspension;
import io.crmsync.sync.engine.Suspension;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The engine's state as gauges read it: the queue per source, and the suspension. */
@Component
public class GaugeQueries {

    private final JdbcClient jdbc;
    private final Suspension suspension;
    private final Clock clock;

    GaugeQueries(JdbcClient jdbc, Suspension suspension, Clock clock) {
        this.jdbc = jdbc;
        this.suspension = suspension;
        this.clock = clock;
    }

    /** One backlog per source, empty ones included; one pass over the queue's due index. */
    public List<QueueBacklog> queue() {
        Instant now = clock.instant();
        Map<ExternalSystem, QueueBacklog> backlogs = new EnumMap<>(ExternalSystem.class);
        for (ExternalSystem source : ExternalSystem.values()) {
            backlogs.put(source, new QueueBacklog(source, 0, Duration.ZERO));
        }
        jdbc.sql(
                        """
                        SELECT source, COUNT(*) AS records,
                          MIN(CASE WHEN due_at <= ? THEN due_at END) AS oldest_due
                        FROM sync_work GROUP BY source
                        """)
                .param(Timestamp.from(now))
                .query(
                        rs -> {
                            ExternalSystem source = ExternalSystem.valueOf(rs.getString("source"));
                            Timestamp oldest = rs.getTimestamp("oldest_due");
                            Duration wait =
                                    oldest == null
                                            ? Duration.ZERO
                                            : Duration.between(oldest.toInstant(), now);
                            backlogs.put(
                                    source,
                                    new QueueBacklog(
                                            source,
                                            rs.getLong("records"),
                                            wait.isNegative() ? Duration.ZERO : wait));
                        });
        return List.copyOf(backlogs.values());
    }

    /** The suspension in force now, if any; one whose resume time has passed is not. */
    public Optional<SyncSuspension> suspension() {
        Instant now = clock.instant();
        return suspension.current().filter(s -> s.resumeAt() == null || now.isBefore(s.resumeAt()));
    }
}
