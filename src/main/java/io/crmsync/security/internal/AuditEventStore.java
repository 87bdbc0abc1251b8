package io.crmsync.security.internal;

import io.crmsync.security.AuditEntry;
import io.crmsync.security.AuditQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appends to and reads the {@code audit_event} table; rows are never updated. */
@Repository
public class AuditEventStore {

    private final JdbcClient jdbc;
    private final AuditDiffer differ;

    AuditEventStore(JdbcClient jdbc, AuditDiffer differ) {
        this.jdbc = jdbc;
        this.differ = differ;
    }

    public void append(
            Instant at,
            String actor,
            String action,
            String target,
            String before,
            String after,
            String details) {
        jdbc.sql(
                        """
                        INSERT INTO audit_event
                          (occurred_at, actor, action, target, before_state, after_state, details)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(Timestamp.from(at), actor, action, target, before, after, details)
                .update();
    }

    public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
        Where where = Where.of(query);
        return jdbc.sql(
                        "SELECT id, occurred_at, actor, action, target, before_state, after_state,"
                                + " details FROM audit_event"
                                + where.sql
                                + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(where.withParams(limit, offset))
                .query(
                        (rs, n) -> {
                            String before = rs.getString("before_state");
                            String after = rs.getString("after_state");
                            return new AuditEntry(
                                    rs.getLong("id"),
                                    rs.getTimestamp("occurred_at").toInstant(),
                                    rs.getString("actor"),
                                    rs.getString("action"),
                                    rs.getString("target"),
                                    before,
                                    after,
                                    rs.getString("details"),
                                    differ.diff(before, after));
                        })
                .list();
    }

    public long count(AuditQuery query) {
        Where where = Where.of(query);
        return jdbc.sql("SELECT COUNT(*) FROM audit_event" + where.sql)
                .params(where.params)
                .query(Long.class)
                .single();
    }

    public List<String> distinctActions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_event ORDER BY action")
                .query(String.class)
                .list();
    }

    private record Where(String sql, List<Object> params) {

        static Where of(AuditQuery query) {
            List<String> clauses = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            if (query.action() != null && !query.action().isBlank()) {
                clauses.add("action = ?");
                params.add(query.action());
            }
            if (query.actor() != null && !query.actor().isBlank()) {
                clauses.add("actor = ?");
                params.add(query.actor().strip().toLowerCase(java.util.Locale.ROOT));
            }
            if (query.text() != null && !query.text().isBlank()) {
                clauses.add("(target LIKE ? OR details LIKE ?)");
                String like = "%" + escapeLike(query.text().strip()) + "%";
                params.add(like);
                params.add(like);
            }
            String sql = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
            return new Where(sql, params);
        }

        List<Object> withParams(Object... more) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(List.of(more));
            return all;
        }

        private static String escapeLike(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
