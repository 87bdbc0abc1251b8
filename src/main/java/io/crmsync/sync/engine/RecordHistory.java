package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.ErrorType;
import io.crmsync.sync.RecordErrorSummary;
import io.crmsync.sync.RecordLink;
import io.crmsync.sync.RecordProvenanceEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the engine has recorded about a record: its link, the values it wrote, its errors, how it
 * lost its link.
 */
@Component
class RecordHistory {

    private static final int PROVENANCE_LIMIT = 500;

    private final JdbcClient jdbc;

    RecordHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    RecordLink linkOf(long id) {
        return jdbc.sql("SELECT * FROM sync_link WHERE id = ?")
                .param(id)
                .query(
                        (rs, n) ->
                                new RecordLink(
                                        rs.getLong("id"),
                                        instant(rs, "created_at"),
                                        instant(rs, "last_synced_at"),
                                        nullableLong(rs, "last_run_id"),
                                        system(rs.getString("last_direction"))))
                .single();
    }

    List<RecordProvenanceEntry> provenance(long linkId) {
        return jdbc.sql(
                        "SELECT * FROM sync_provenance WHERE link_id = ?"
                                + " ORDER BY written_at DESC, id DESC LIMIT ?")
                .params(linkId, PROVENANCE_LIMIT)
                .query(
                        (rs, n) ->
                                new RecordProvenanceEntry(
                                        instant(rs, "written_at"),
                                        rs.getString("field"),
                                        rs.getString("field_value"),
                                        system(rs.getString("source")),
                                        system(rs.getString("target")),
                                        rs.getString("rule_name"),
                                        nullableLong(rs, "run_id"),
                                        instant(rs, "source_modified_at")))
                .list();
    }

    /** The record's current errors, on either side; not those of another object's same ids. */
    List<RecordErrorSummary> errors(RecordLocator.Found found) {
        // An error names the record it came from, and the other side's when it was known.
        String hubSpotId = Objects.requireNonNullElse(found.hubSpotId(), "");
        String salesforceId = Objects.requireNonNullElse(found.salesforceId(), "");
        List<String> types = new ArrayList<>(found.object().salesforceTypes());
        types.add(found.object().hubSpotType());
        return jdbc.sql(
                        """
                        SELECT * FROM sync_error
                        WHERE (hubspot_id = :hubSpot OR salesforce_id = :salesforce
                          OR record_id IN (:hubSpot, :salesforce))
                        AND object_type IN (:types)
                        ORDER BY last_tried DESC, id DESC
                        """)
                .param("hubSpot", hubSpotId)
                .param("salesforce", salesforceId)
                .param("types", types)
                .query(
                        (rs, n) ->
                                new RecordErrorSummary(
                                        system(rs.getString("source")),
                                        rs.getString("object_type"),
                                        rs.getString("record_id"),
                                        ErrorType.valueOf(rs.getString("error_type")),
                                        rs.getString("code"),
                                        rs.getString("message"),
                                        rs.getString("field"),
                                        rs.getString("field_value"),
                                        instant(rs, "first_seen"),
                                        instant(rs, "last_tried"),
                                        rs.getInt("attempts"),
                                        instant(rs, "next_retry_at")))
                .list();
    }

    /** The newest unlink of a record of this link kind with either id; empty when it had none. */
    Optional<LinkStore.Unlink> lastUnlink(String kind, String hubSpotId, String salesforceId) {
        return jdbc.sql(
                        "SELECT * FROM sync_unlink WHERE object_kind = ?"
                                + " AND (hubspot_id = ? OR salesforce_id = ?)"
                                + " ORDER BY unlinked_at DESC, id DESC LIMIT 1")
                .params(kind, hubSpotId, salesforceId)
                .query(
                        (rs, n) ->
                                new LinkStore.Unlink(
                                        rs.getString("hubspot_id"),
                                        rs.getString("salesforce_type"),
                                        rs.getString("salesforce_id"),
                                        ExternalSystem.valueOf(rs.getString("deleted_in")),
                                        instant(rs, "deleted_at"),
                                        "DELETED".equals(rs.getString("other_side"))))
                .optional();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static ExternalSystem system(String name) {
        return name == null ? null : ExternalSystem.valueOf(name);
    }
}
