package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Current sync errors, one row per record, code and field. An error seen again counts an attempt
 * and keeps its first-seen time; a record that syncs clears its errors.
 */
@Component
class ErrorStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final NamedParameterJdbcTemplate named;

    ErrorStore(JdbcClient jdbc, JdbcTemplate template, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.template = template;
        this.named = named;
    }

    /**
     * Records the errors of these records. The next retry is {@code soon} for the first attempts,
     * then {@code nightly}.
     */
    void record(
            List<RecordError> errors,
            Instant now,
            Instant soon,
            Instant nightly,
            int attemptsBeforeNightly) {
        if (errors.isEmpty()) {
            return;
        }
        template.batchUpdate(
                """
                INSERT INTO sync_error (source, object_type, record_id, hubspot_id, salesforce_type,
                  salesforce_id, record_label, error_type, code, message, field, field_value,
                  first_seen, last_tried, attempts, next_retry_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
                ON DUPLICATE KEY UPDATE hubspot_id = COALESCE(VALUES(hubspot_id), hubspot_id),
                  salesforce_type = COALESCE(VALUES(salesforce_type), salesforce_type),
                  salesforce_id = COALESCE(VALUES(salesforce_id), salesforce_id),
                  record_label = COALESCE(VALUES(record_label), record_label),
                  error_type = VALUES(error_type), message = VALUES(message),
                  field_value = VALUES(field_value), last_tried = VALUES(last_tried),
                  attempts = attempts + 1,
                  next_retry_at = IF(attempts >= ?, ?, VALUES(next_retry_at))
                """,
                errors.stream()
                        .map(
                                e ->
                                        new Object[] {
                                            e.record().source().name(),
                                            e.record().objectType(),
                                            e.record().recordId(),
                                            e.record().hubSpotId(),
                                            e.record().salesforceType(),
                                            e.record().salesforceId(),
                                            cut(e.record().label(), 255),
                                            e.type().name(),
                                            cut(e.code(), 80),
                                            cut(e.message() == null ? e.code() : e.message(), 2000),
                                            e.field() == null ? "" : cut(e.field(), 120),
                                            cut(e.value(), 512),
                                            Timestamp.from(now),
                                            Timestamp.from(now),
                                            Timestamp.from(soon),
                                            attemptsBeforeNightly,
                                            Timestamp.from(nightly)
                                        })
                        .toList());
    }

    /** The most attempts any current error of this record has made. */
    int attempts(ExternalSystem source, String objectType, String recordId) {
        return jdbc.sql(
                        "SELECT COALESCE(MAX(attempts), 0) FROM sync_error WHERE source = ? AND"
                                + " object_type = ? AND record_id = ?")
                .params(source.name(), objectType, recordId)
                .query(Integer.class)
                .single();
    }

    /** Removes the errors of records that synced, or whose problem went away. */
    void clear(ExternalSystem source, String objectType, Collection<String> recordIds) {
        if (recordIds.isEmpty()) {
            return;
        }
        named.update(
                "DELETE FROM sync_error WHERE source = :source AND object_type = :type"
                        + " AND record_id IN (:ids)",
                Map.of("source", source.name(), "type", objectType, "ids", recordIds));
    }

    /** Errors whose retry is due, as records to queue again. */
    List<RecordKey> dueForRetry(Instant now, int limit) {
        return jdbc.sql(
                        "SELECT DISTINCT source, object_type, record_id FROM sync_error"
                                + " WHERE next_retry_at <= ? LIMIT ?")
                .params(Timestamp.from(now), limit)
                .query(
                        (rs, n) ->
                                new RecordKey(
                                        ExternalSystem.valueOf(rs.getString(1)),
                                        rs.getString(2),
                                        rs.getString(3)))
                .list();
    }

    /** Marks the retry as taken, so the record is not queued twice. */
    void retryQueued(List<RecordKey> keys) {
        template.batchUpdate(
                "UPDATE sync_error SET next_retry_at = NULL WHERE source = ? AND object_type = ?"
                        + " AND record_id = ?",
                keys.stream()
                        .map(k -> new Object[] {k.source().name(), k.objectType(), k.recordId()})
                        .toList());
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM sync_error").query(Long.class).single();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    record RecordKey(ExternalSystem source, String objectType, String recordId) {}
}
