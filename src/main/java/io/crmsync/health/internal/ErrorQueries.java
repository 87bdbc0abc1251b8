package io.crmsync.health.internal;

import io.crmsync.base.ExternalSystem;
import io.crmsync.health.ErrorCard;
import io.crmsync.health.ErrorFilter;
import io.crmsync.health.ErrorGroup;
import io.crmsync.health.ErrorRow;
import io.crmsync.spi.ErrorType;
import io.crmsync.sync.ErrorAdvice;
import io.crmsync.sync.ImpactedRecord;
import io.crmsync.sync.engine.SyncWorkers;
import io.crmsync.sync.engine.WorkItem;
import io.crmsync.sync.engine.WorkQueue;
import io.crmsync.sync.engine.WorkReason;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sync Health's reads of the current errors, counted and paged in the database (never loaded
 * whole), and the queuing of their records for a resync. Unfiltered counts read the tallies that
 * the database's triggers keep (changelog 008); filtered ones count the matching rows by index.
 */
@Component
public class ErrorQueries {

    private static final int PAGE = 1000;

    private final JdbcClient jdbc;
    private final WorkQueue queue;
    private final SyncWorkers workers;
    private final Clock clock;

    ErrorQueries(JdbcClient jdbc, WorkQueue queue, SyncWorkers workers, Clock clock) {
        this.jdbc = jdbc;
        this.queue = queue;
        this.workers = workers;
        this.clock = clock;
    }

    /** A card for every error type, zero when it has no errors; index-only counts. */
    public List<ErrorCard> cards() {
        Map<ErrorType, ErrorCard> cards = new EnumMap<>(ErrorType.class);
        for (ErrorType type : ErrorType.values()) {
            cards.put(type, new ErrorCard(type, 0, 0));
        }
        jdbc.sql("SELECT error_type, errors, records FROM sync_error_tally WHERE errors > 0")
                .query(
                        rs -> {
                            try {
                                ErrorType type = ErrorType.valueOf(rs.getString(1));
                                cards.put(type, new ErrorCard(type, rs.getLong(2), rs.getLong(3)));
                            } catch (IllegalArgumentException unknownType) {
                                // written by a newer version; no card to show it on
                            }
                        });
        return List.copyOf(cards.values());
    }

    /** The root causes of one type's errors, the most frequent first. */
    public List<ErrorGroup> groups(ErrorType type, ErrorFilter filter, int offset, int limit) {
        if (filter == null || filter.none()) {
            // A record has one error per code and field, so a group's records are its errors.
            return jdbc.sql(
                            "SELECT code, field, IF(value_null, NULL, value_key), errors"
                                    + " FROM sync_error_group_tally WHERE error_type = ?"
                                    + " AND errors > 0 ORDER BY errors DESC, code, field, value_key"
                                    + " LIMIT ? OFFSET ?")
                    .params(type.name(), limit, offset)
                    .query(
                            (rs, n) ->
                                    new ErrorGroup(
                                            type,
                                            rs.getString(1),
                                            rs.getString(2),
                                            rs.getString(3),
                                            rs.getLong(4),
                                            rs.getLong(4),
                                            ErrorAdvice.of(type, rs.getString(1))))
                    .list();
        }
        Where where = Where.of(type, null, filter);
        return jdbc.sql(
                        "SELECT code, field, field_value, COUNT(*) n, COUNT(DISTINCT record_id)"
                                + " FROM sync_error WHERE "
                                + where.sql
                                + " GROUP BY code, field, field_value"
                                + " ORDER BY n DESC, code, field, field_value LIMIT ? OFFSET ?")
                .params(where.params(limit, offset))
                .query(
                        (rs, n) ->
                                new ErrorGroup(
                                        type,
                                        rs.getString(1),
                                        rs.getString(2),
                                        rs.getString(3),
                                        rs.getLong(4),
                                        rs.getLong(5),
                                        ErrorAdvice.of(type, rs.getString(1))))
                .list();
    }

    public long groupCount(ErrorType type, ErrorFilter filter) {
        if (filter == null || filter.none()) {
            return jdbc.sql(
                            "SELECT COUNT(*) FROM sync_error_group_tally WHERE error_type = ?"
                                    + " AND errors > 0")
                    .param(type.name())
                    .query(Long.class)
                    .single();
        }
        Where where = Where.of(type, null, filter);
        return jdbc.sql(
                        "SELECT COUNT(*) FROM (SELECT 1 FROM sync_error WHERE "
                                + where.sql
                                + " GROUP BY code, field, field_value) g")
                .params(where.params())
                .query(Long.class)
                .single();
    }

    /** The errors of one type, or of one of its groups, newest first. */
    public List<ErrorRow> rows(
            ErrorType type, ErrorGroup group, ErrorFilter filter, int offset, int limit) {
        Where where = Where.of(type, group, filter);
        return jdbc.sql(
                        "SELECT * FROM sync_error WHERE "
                                + where.sql
                                + " ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(where.params(limit, offset))
                .query(ErrorQueries::row)
                .list();
    }

    public long rowCount(ErrorType type, ErrorGroup group, ErrorFilter filter) {
        if ((filter == null || filter.none()) && group == null) {
            return jdbc.sql("SELECT errors FROM sync_error_tally WHERE error_type = ?")
                    .param(type.name())
                    .query(Long.class)
                    .optional()
                    .orElse(0L);
        }
        if (filter == null || filter.none()) {
            return jdbc.sql(
                            "SELECT errors FROM sync_error_group_tally WHERE error_type = ?"
                                    + " AND code = ? AND field = ? AND value_null = ?"
                                    + " AND value_key = ?")
                    .params(
                            type.name(),
                            group.code(),
                            group.field(),
                            group.value() == null,
                            group.value() == null ? "" : group.value())
                    .query(Long.class)
                    .optional()
                    .orElse(0L);
        }
        Where where = Where.of(type, group, filter);
        return jdbc.sql("SELECT COUNT(*) FROM sync_error WHERE " + where.sql)
                .params(where.params())
                .query(Long.class)
                .single();
    }

    /**
     * Hands every matching error to {@code sink}, newest first, reading {@value #PAGE} rows at a
     * time by id so that memory stays bounded however many there are.
     */
    public void forEachRow(
            ErrorType type, ErrorGroup group, ErrorFilter filter, Consumer<ErrorRow> sink) {
        Where where = Where.of(type, group, filter);
        long before = Long.MAX_VALUE;
        while (true) {
            List<Object> params = where.params();
            params.add(before);
            params.add(PAGE);
            List<ErrorRow> page =
                    jdbc.sql(
                                    "SELECT * FROM sync_error WHERE "
                                            + where.sql
                                            + " AND id < ? ORDER BY id DESC LIMIT ?")
                            .params(params)
                            .query(ErrorQueries::row)
                            .list();
            page.forEach(sink);
            if (page.size() < PAGE) {
                return;
            }
            before = page.getLast().id();
        }
    }

    /**
     * Queues the records of these errors for a resync and wakes the workers; returns how many
     * records were queued that were not waiting already.
     */
    public int resync(List<ErrorRow> errors) {
        List<WorkItem> items =
                errors.stream()
                        .map(
                                e ->
                                        WorkItem.byId(
                                                e.record().source(),
                                                e.record().objectType(),
                                                e.record().recordId(),
                                                WorkReason.RESYNC,
                                                null))
                        .distinct()
                        .toList();
        int queued = queue.enqueue(items, clock.instant());
        workers.wake();
        return queued;
    }

    /** Queues every record of a group (or a whole type when {@code group} is null). */
    public int resyncAll(ErrorType type, ErrorGroup group, ErrorFilter filter) {
        List<ErrorRow> batch = new ArrayList<>();
        int[] queued = {0};
        forEachRow(
                type,
                group,
                filter,
                row -> {
                    batch.add(row);
                    if (batch.size() == PAGE) {
                        queued[0] += resync(batch);
                        batch.clear();
                    }
                });
        if (!batch.isEmpty()) {
            queued[0] += resync(batch);
        }
        return queued[0];
    }

    private static ErrorRow row(ResultSet rs, int n) throws SQLException {
        ErrorType type = ErrorType.valueOf(rs.getString("error_type"));
        String code = rs.getString("code");
        return new ErrorRow(
                rs.getLong("id"),
                new ImpactedRecord(
                        ExternalSystem.valueOf(rs.getString("source")),
                        rs.getString("object_type"),
                        rs.getString("record_id"),
                        rs.getString("hubspot_id"),
                        rs.getString("salesforce_type"),
                        rs.getString("salesforce_id"),
                        rs.getString("record_label")),
                type,
                code,
                rs.getString("message"),
                rs.getString("field"),
                rs.getString("field_value"),
                rs.getTimestamp("first_seen").toInstant(),
                rs.getTimestamp("last_tried").toInstant(),
                rs.getInt("attempts"),
                ErrorAdvice.of(type, code),
                null,
                null);
    }

    /** The conditions of a card, a group and a filter, with their parameters. */
    private record Where(String sql, List<Object> values) {

        static Where of(ErrorType type, ErrorGroup group, ErrorFilter filter) {
            StringBuilder sql = new StringBuilder("error_type = ?");
            List<Object> values = new ArrayList<>(List.of(type.name()));
            if (group != null) {
                sql.append(" AND code = ? AND field = ? AND field_value <=> ?");
                values.add(group.code());
                values.add(group.field());
                values.add(group.value());
            }
            ErrorFilter f = filter == null ? ErrorFilter.NONE : filter;
            if (f.source() != null) {
                sql.append(" AND source = ?");
                values.add(f.source().name());
            }
            if (f.search() != null) {
                String like = "%" + f.search().replaceAll("([\\\\%_])", "\\\\$1") + "%";
                sql.append(
                        " AND (record_label LIKE ? OR message LIKE ? OR record_id = ?"
                                + " OR hubspot_id = ? OR salesforce_id = ?)");
                values.addAll(List.of(like, like, f.search(), f.search(), f.search()));
            }
            return new Where(sql.toString(), values);
        }

        List<Object> params(Object... more) {
            List<Object> all = new ArrayList<>(values);
            all.addAll(List.of(more));
            return all;
        }
    }
}
