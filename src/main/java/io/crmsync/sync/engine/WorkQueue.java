package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.CrmRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The durable queue of records to sync, one row per record. A later change of a queued record
 * replaces its snapshot and bumps its version, so a record is synced once with its newest state.
 * Workers on any node claim rows with a random token and a lease; a row is removed only by the
 * claim that saw its current version, after the other side confirmed the write.
 */
@NamedInterface("engine")
@Component
public class WorkQueue {

    private static final java.util.Comparator<WorkItem> KEY_ORDER =
            java.util.Comparator.comparing((WorkItem i) -> i.source().name())
                    .thenComparing(WorkItem::objectType)
                    .thenComparing(WorkItem::recordId);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    WorkQueue(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    /**
     * Adds the items; an item already queued keeps the newer snapshot and becomes due now. An item
     * without a snapshot drops the queued one, so that the worker reads the record afresh. Returns
     * how many records were not queued before.
     *
     * <p>Rows are locked in the order of their key, whatever the order of the items: a poll queues
     * a page in the order of its changes while a batch queues its follow-ups (often the same
     * records, just written) in its own order, and two transactions that lock the same rows in
     * opposite orders deadlock.
     */
    public int enqueue(List<WorkItem> unordered, Instant now) {
        if (unordered.isEmpty()) {
            return 0;
        }
        List<WorkItem> items = unordered.stream().sorted(KEY_ORDER).toList();
        int[] counts =
                template.batchUpdate(
                        """
                INSERT INTO sync_work
                  (source, object_type, record_id, snapshot, modified_at, reason, run_id, due_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE
                  snapshot = IF(VALUES(modified_at) IS NULL OR modified_at IS NULL
                                  OR VALUES(modified_at) >= modified_at,
                                VALUES(snapshot), snapshot),
                  modified_at = IF(VALUES(modified_at) IS NULL OR modified_at IS NULL
                                     OR VALUES(modified_at) >= modified_at,
                                   VALUES(modified_at), modified_at),
                  reason = IF(reason = 'RETRY', VALUES(reason), reason),
                  run_id = COALESCE(VALUES(run_id), run_id),
                  due_at = LEAST(due_at, VALUES(due_at)),
                  version = version + 1
                """,
                        items.stream()
                                .map(
                                        i ->
                                                new Object[] {
                                                    i.source().name(),
                                                    i.objectType(),
                                                    i.recordId(),
                                                    i.snapshot() == null
                                                            ? null
                                                            : json.writeValueAsString(i.snapshot()),
                                                    i.modifiedAt() == null
                                                            ? null
                                                            : Timestamp.from(i.modifiedAt()),
                                                    i.reason().name(),
                                                    i.runId(),
                                                    Timestamp.from(now)
                                                })
                                .toList());
        // MariaDB counts 1 for an inserted row and 2 for an updated one.
        int inserted = 0;
        for (int count : counts) {
            if (count < 0) {
                return items.size();
            }
            if (count == 1) {
                inserted++;
            }
        }
        return inserted;
    }

    /**
     * Whether one stream has a full batch of due, unclaimed items, or one that has waited since
     * {@code staleBefore}.
     */
    boolean batchReady(
            ExternalSystem source,
            String objectType,
            int batchSize,
            Instant staleBefore,
            Instant now) {
        return jdbc.sql(
                        """
                        SELECT COUNT(*) >= ? OR MIN(due_at) < ? FROM (
                          SELECT due_at FROM sync_work
                          WHERE source = ? AND object_type = ? AND due_at <= ?
                            AND (claimed_until IS NULL OR claimed_until < ?)
                          ORDER BY due_at, id LIMIT ?) due
                        """)
                .params(
                        batchSize,
                        Timestamp.from(staleBefore),
                        source.name(),
                        objectType,
                        Timestamp.from(now),
                        Timestamp.from(now),
                        batchSize)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /**
     * Claims up to {@code limit} due items of one stream for {@code lease}; empty when none. A
     * claim that never ended (its node died, or its lease ran out) counts as an attempt: its writes
     * may have been applied, so creates are checked for before they are made again.
     */
    List<WorkItem> claim(
            ExternalSystem source, String objectType, int limit, Duration lease, Instant now) {
        String token = UUID.randomUUID().toString();
        int claimed =
                jdbc.sql(
                                """
                                UPDATE sync_work
                                SET attempts = attempts + (claim_token IS NOT NULL),
                                  claim_token = ?, claimed_until = ?
                                WHERE source = ? AND object_type = ? AND due_at <= ?
                                  AND (claimed_until IS NULL OR claimed_until < ?)
                                ORDER BY due_at, id LIMIT ?
                                """)
                        .params(
                                token,
                                Timestamp.from(now.plus(lease)),
                                source.name(),
                                objectType,
                                Timestamp.from(now),
                                Timestamp.from(now),
                                limit)
                        .update();
        if (claimed == 0) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM sync_work WHERE claim_token = ? ORDER BY id")
                .param(token)
                .query(this::row)
                .list();
    }

    /**
     * Extends a batch's claim to {@code until}, while its worker is still on it; returns false when
     * the claim is no longer held (its lease ran out and another worker took the items).
     */
    boolean renew(List<WorkItem> batch, Instant until) {
        if (batch.isEmpty() || batch.getFirst().claimToken() == null) {
            return false;
        }
        return jdbc.sql("UPDATE sync_work SET claimed_until = ? WHERE claim_token = ?")
                        .params(Timestamp.from(until), batch.getFirst().claimToken())
                        .update()
                > 0;
    }

    /** Removes the items that did not change while they were being synced. */
    void complete(List<WorkItem> items) {
        if (items.isEmpty()) {
            return;
        }
        template.batchUpdate(
                "DELETE FROM sync_work WHERE id = ? AND version = ?",
                items.stream().map(i -> new Object[] {i.id(), i.version()}).toList());
        release(items);
    }

    /** Puts the items back, due at {@code dueAt}, counting an attempt. */
    void retryLater(List<WorkItem> items, Instant dueAt) {
        if (items.isEmpty()) {
            return;
        }
        template.batchUpdate(
                """
                UPDATE sync_work SET due_at = GREATEST(due_at, ?), attempts = attempts + 1,
                  reason = 'RETRY', claim_token = NULL, claimed_until = NULL
                WHERE id = ? AND version = ?
                """,
                items.stream()
                        .map(i -> new Object[] {Timestamp.from(dueAt), i.id(), i.version()})
                        .toList());
        release(items);
    }

    /** Ends the claim on items without changing them, so that another worker may take them. */
    void release(List<WorkItem> items) {
        template.batchUpdate(
                "UPDATE sync_work SET claim_token = NULL, claimed_until = NULL WHERE id = ?",
                items.stream().map(i -> new Object[] {i.id()}).toList());
    }

    long size() {
        return jdbc.sql("SELECT COUNT(*) FROM sync_work").query(Long.class).single();
    }

    long due(Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM sync_work WHERE due_at <= ?")
                .param(Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    /** The streams that have due work, as source and object type. */
    List<Map.Entry<ExternalSystem, String>> dueStreams(Instant now) {
        return jdbc.sql(
                        "SELECT DISTINCT source, object_type FROM sync_work WHERE due_at <= ?"
                                + " AND (claimed_until IS NULL OR claimed_until < ?)")
                .params(Timestamp.from(now), Timestamp.from(now))
                .query(
                        (rs, n) ->
                                Map.entry(ExternalSystem.valueOf(rs.getString(1)), rs.getString(2)))
                .list();
    }

    /** Queued work for one record, if any. */
    boolean contains(ExternalSystem source, String objectType, String recordId) {
        return jdbc.sql(
                                "SELECT COUNT(*) FROM sync_work WHERE source = ? AND object_type = ?"
                                        + " AND record_id = ?")
                        .params(source.name(), objectType, recordId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private WorkItem row(ResultSet rs, int n) throws SQLException {
        String snapshot = rs.getString("snapshot");
        Timestamp modified = rs.getTimestamp("modified_at");
        long runIdValue = rs.getLong("run_id");
        Long runId = rs.wasNull() ? null : runIdValue;
        return new WorkItem(
                rs.getLong("id"),
                ExternalSystem.valueOf(rs.getString("source")),
                rs.getString("object_type"),
                rs.getString("record_id"),
                snapshot == null ? null : json.readValue(snapshot, CrmRecord.class),
                modified == null ? null : modified.toInstant(),
                WorkReason.valueOf(rs.getString("reason")),
                runId,
                rs.getInt("attempts"),
                rs.getInt("version"),
                rs.getString("claim_token"));
    }

    static List<WorkItem> concat(List<WorkItem> a, List<WorkItem> b) {
        List<WorkItem> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
