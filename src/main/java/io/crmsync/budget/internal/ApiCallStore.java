package io.crmsync.budget.internal;

import io.crmsync.base.ExternalSystem;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The per-minute call counts in {@code api_call_minute} and the CRMs' daily limits. */
@Repository
public class ApiCallStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ApiCallStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Adds the counts to what is stored, in one batch. */
    public void add(List<CallCount> counts) {
        template.batchUpdate(
                """
                INSERT INTO api_call_minute
                  (minute_start, system_name, object_type, operation, status_class, calls)
                VALUES (?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE calls = calls + ?
                """,
                counts.stream()
                        .map(
                                c ->
                                        new Object[] {
                                            Timestamp.from(c.minute()),
                                            c.system().name(),
                                            c.objectType(),
                                            c.operation(),
                                            c.statusClass(),
                                            c.calls(),
                                            c.calls()
                                        })
                        .toList());
    }

    public long total(ExternalSystem system, Instant from) {
        return jdbc.sql(
                        "SELECT COALESCE(SUM(calls), 0) FROM api_call_minute"
                                + " WHERE system_name = ? AND minute_start >= ?")
                .params(system.name(), Timestamp.from(from))
                .query(Long.class)
                .single();
    }

    /** Calls of {@code system} since {@code from} that HubSpot or Salesforce did not answer 2xx. */
    public long failed(ExternalSystem system, Instant from) {
        return jdbc.sql(
                        "SELECT COALESCE(SUM(calls), 0) FROM api_call_minute"
                                + " WHERE system_name = ? AND minute_start >= ?"
                                + " AND status_class <> '2xx'")
                .params(system.name(), Timestamp.from(from))
                .query(Long.class)
                .single();
    }

    /** Counts since {@code from} grouped by side, object, operation and status class. */
    public List<CallCount> grouped(Instant from) {
        return jdbc.sql(
                        """
                        SELECT system_name, object_type, operation, status_class, SUM(calls) AS calls
                        FROM api_call_minute WHERE minute_start >= ?
                        GROUP BY system_name, object_type, operation, status_class
                        """)
                .param(Timestamp.from(from))
                .query(
                        (rs, n) ->
                                new CallCount(
                                        from,
                                        ExternalSystem.valueOf(rs.getString("system_name")),
                                        rs.getString("object_type"),
                                        rs.getString("operation"),
                                        rs.getString("status_class"),
                                        rs.getLong("calls")))
                .list();
    }

    /** Calls per minute of one side since {@code from}. */
    public List<CallCount> perMinute(ExternalSystem system, Instant from) {
        return jdbc.sql(
                        "SELECT minute_start, SUM(calls) AS calls FROM api_call_minute"
                                + " WHERE system_name = ? AND minute_start >= ?"
                                + " GROUP BY minute_start")
                .params(system.name(), Timestamp.from(from))
                .query(
                        (rs, n) ->
                                new CallCount(
                                        rs.getTimestamp("minute_start").toInstant(),
                                        system,
                                        "",
                                        "",
                                        "",
                                        rs.getLong("calls")))
                .list();
    }

    public int purgeBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM api_call_minute WHERE minute_start < ?")
                .param(Timestamp.from(cutoff))
                .update();
    }

    /** Keeps the newest report of a CRM's daily usage. */
    public void saveLimit(String system, DailyLimit limit) {
        jdbc.sql(
                        """
                        INSERT INTO api_daily_limit (system_name, daily_used, daily_limit, observed_at)
                        VALUES (?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE
                          daily_used = IF(VALUES(observed_at) >= observed_at, VALUES(daily_used), daily_used),
                          daily_limit = IF(VALUES(observed_at) >= observed_at, VALUES(daily_limit), daily_limit),
                          observed_at = GREATEST(observed_at, VALUES(observed_at))
                        """)
                .params(system, limit.used(), limit.limit(), Timestamp.from(limit.observedAt()))
                .update();
    }

    public Optional<DailyLimit> limit(ExternalSystem system) {
        return jdbc.sql(
                        "SELECT daily_used, daily_limit, observed_at FROM api_daily_limit"
                                + " WHERE system_name = ?")
                .param(system.name())
                .query(
                        (rs, n) ->
                                new DailyLimit(
                                        rs.getLong("daily_used"),
                                        rs.getLong("daily_limit"),
                                        rs.getTimestamp("observed_at").toInstant()))
                .optional();
    }
}
