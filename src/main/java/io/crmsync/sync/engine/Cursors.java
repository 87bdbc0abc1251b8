package io.crmsync.sync.engine;

import io.crmsync.spi.ChangeCursor;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where each change stream was read up to, and whether its initial read is done. */
@Component
class Cursors {

    record Position(ChangeCursor cursor, boolean backfillDone) {}

    private final JdbcClient jdbc;

    Cursors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Position> find(String stream) {
        return jdbc.sql(
                        "SELECT modified_at, last_id, backfill_done FROM sync_cursor WHERE stream = ?")
                .param(stream)
                .query(
                        (rs, n) ->
                                new Position(
                                        new ChangeCursor(
                                                rs.getTimestamp(1).toInstant(), rs.getString(2)),
                                        rs.getBoolean(3)))
                .optional();
    }

    void save(String stream, ChangeCursor cursor, boolean backfillDone, Instant now) {
        jdbc.sql(
                        """
                        INSERT INTO sync_cursor (stream, modified_at, last_id, backfill_done, updated_at)
                        VALUES (?, ?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE modified_at = VALUES(modified_at),
                          last_id = VALUES(last_id), backfill_done = VALUES(backfill_done),
                          updated_at = VALUES(updated_at)
                        """)
                .params(
                        stream,
                        Timestamp.from(cursor.modifiedAt()),
                        cursor.lastId(),
                        backfillDone,
                        Timestamp.from(now))
                .update();
    }

    void forget(String stream) {
        jdbc.sql("DELETE FROM sync_cursor WHERE stream = ?").param(stream).update();
    }

    /** Reads every stream again from the beginning, as a resync. */
    void rewind(String stream, Instant now) {
        save(stream, ChangeCursor.BEGINNING, false, now);
    }
}
