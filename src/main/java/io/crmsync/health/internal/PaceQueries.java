package io.crmsync.health.internal;

import io.crmsync.base.ExternalSystem;
import io.crmsync.sync.engine.RunTracker;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The newest record writes of one direction, read from provenance for Sync Health's lag and
 * throughput gauges. The read scans at most a given number of provenance rows, newest first, on an
 * index range (changelog 010), however large the table grows.
 */
@Component
public class PaceQueries {

    /**
     * One record written to the other side.
     *
     * @param changedAt the newest source modification time among the fields written, or null
     * @param live whether it carried a change rather than a backfill: every write of an incremental
     *     run, and a write of an initial sync or a resync only when its change came after the run
     *     started
     * @param rows the provenance rows (fields) it took
     */
    public record Write(Instant writtenAt, Instant changedAt, boolean live, int rows) {}

    private final JdbcClient jdbc;

    PaceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records written to {@code target} in {@code (from, to]}, from the newest {@code limit} rows.
     */
    public List<Write> newestWrites(ExternalSystem target, Instant from, Instant to, int limit) {
        return jdbc.sql(
                        """
                        SELECT p.written_at, MAX(p.source_modified_at) AS changed_at,
                          COALESCE(MAX(r.kind), 'INCREMENTAL') AS kind,
                          MAX(r.started_at) AS run_started, COUNT(*) AS field_rows
                        FROM (SELECT link_id, written_at, run_id, source_modified_at
                              FROM sync_provenance FORCE INDEX (ix_provenance_target_written)
                              WHERE target = ? AND written_at > ? AND written_at <= ?
                              ORDER BY written_at DESC LIMIT ?) p
                        LEFT JOIN sync_run r ON r.id = p.run_id
                        GROUP BY p.link_id, p.written_at, p.run_id
                        """)
                .params(target.name(), Timestamp.from(from), Timestamp.from(to), limit)
                .query(
                        (rs, n) -> {
                            Timestamp changed = rs.getTimestamp("changed_at");
                            Timestamp started = rs.getTimestamp("run_started");
                            boolean live =
                                    RunTracker.INCREMENTAL.equals(rs.getString("kind"))
                                            || (changed != null
                                                    && started != null
                                                    && !changed.before(started));
                            return new Write(
                                    rs.getTimestamp("written_at").toInstant(),
                                    changed == null ? null : changed.toInstant(),
                                    live,
                                    rs.getInt("field_rows"));
                        })
                .list();
    }
}
