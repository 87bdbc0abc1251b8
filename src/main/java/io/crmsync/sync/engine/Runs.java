package io.crmsync.sync.engine;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Sync runs: an initial sync, a resync, or the incremental run that every change belongs to.
 * Progress is counted as records are queued ({@code total}) and settled ({@code done}).
 */
@Component
class Runs {

    record Run(
            long id,
            String kind,
            Instant startedAt,
            String startedBy,
            Instant finishedAt,
            long total,
            long done,
            long failed) {}

    private final JdbcClient jdbc;

    Runs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long start(String kind, String startedBy, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO sync_run (kind, started_at, started_by) VALUES (?, ?, ?)")
                .params(kind, Timestamp.from(now), startedBy)
                .update(keys);
        return keys.getKey().longValue();
    }

    void addTotal(long runId, long count) {
        jdbc.sql("UPDATE sync_run SET total = total + ? WHERE id = ?")
                .params(count, runId)
                .update();
    }

    void settled(long runId, long done, long failed) {
        jdbc.sql("UPDATE sync_run SET done = done + ?, failed = failed + ? WHERE id = ?")
                .params(done, failed, runId)
                .update();
    }

    void finish(long runId, Instant now) {
        jdbc.sql("UPDATE sync_run SET finished_at = ? WHERE id = ? AND finished_at IS NULL")
                .params(Timestamp.from(now), runId)
                .update();
    }

    Optional<Run> latest() {
        return jdbc.sql("SELECT * FROM sync_run ORDER BY id DESC LIMIT 1")
                .query(this::run)
                .optional();
    }

    /** The newest initial sync or resync. */
    Optional<Run> latestBackfill() {
        return jdbc.sql(
                        "SELECT * FROM sync_run WHERE kind <> 'INCREMENTAL' ORDER BY id DESC LIMIT 1")
                .query(this::run)
                .optional();
    }

    Optional<Run> find(long id) {
        return jdbc.sql("SELECT * FROM sync_run WHERE id = ?")
                .param(id)
                .query(this::run)
                .optional();
    }

    /** Runs not finished yet, oldest first. */
    java.util.List<Run> open() {
        return jdbc.sql("SELECT * FROM sync_run WHERE finished_at IS NULL ORDER BY id")
                .query(this::run)
                .list();
    }

    private Run run(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Run(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getTimestamp("started_at").toInstant(),
                rs.getString("started_by"),
                finished == null ? null : finished.toInstant(),
                rs.getLong("total"),
                rs.getLong("done"),
                rs.getLong("failed"));
    }
}
