package io.crmsync.sync.settings;

import io.crmsync.sync.FieldSkip;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code sync_field_skip}: the fields not synced for single contacts. */
@Repository
public class FieldSkips {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    FieldSkips(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** Stores the skips that are not there yet; returns those it stored. */
    public List<FieldSkip> add(List<FieldSkip> skips) {
        List<FieldSkip> added = new ArrayList<>();
        for (FieldSkip s : skips) {
            boolean known =
                    jdbc.sql(
                                            "SELECT COUNT(*) FROM sync_field_skip WHERE hubspot_property = ?"
                                                    + " AND (hubspot_id = ? OR salesforce_id = ?)")
                                    .params(s.hubSpotProperty(), s.hubSpotId(), s.salesforceId())
                                    .query(Long.class)
                                    .single()
                            > 0;
            if (known) {
                continue;
            }
            jdbc.sql(
                            """
                            INSERT INTO sync_field_skip (hubspot_id, salesforce_type, salesforce_id,
                              record_label, hubspot_property, salesforce_field, reason, created_by,
                              created_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            s.hubSpotId(),
                            s.salesforceType(),
                            s.salesforceId(),
                            s.label(),
                            s.hubSpotProperty(),
                            s.salesforceField(),
                            s.reason(),
                            s.createdBy(),
                            Timestamp.from(s.createdAt()))
                    .update();
            added.add(s);
        }
        return added;
    }

    public Optional<FieldSkip> find(long id) {
        return jdbc.sql("SELECT * FROM sync_field_skip WHERE id = ?")
                .param(id)
                .query(FieldSkips::skip)
                .optional();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM sync_field_skip WHERE id = ?").param(id).update();
    }

    /** The skips of a contact known by either id (or both), the oldest first. */
    public List<FieldSkip> ofRecord(String hubSpotId, String salesforceId) {
        return forRecords(
                hubSpotId == null ? List.of() : List.of(hubSpotId),
                salesforceId == null ? List.of() : List.of(salesforceId));
    }

    /** The skips of any of these contacts, in one query. */
    public List<FieldSkip> forRecords(
            Collection<String> hubSpotIds, Collection<String> salesforceIds) {
        List<String> hs = hubSpotIds.stream().filter(Objects::nonNull).distinct().toList();
        List<String> sf = salesforceIds.stream().filter(Objects::nonNull).distinct().toList();
        if (hs.isEmpty() && sf.isEmpty()) {
            return List.of();
        }
        return named.query(
                "SELECT * FROM sync_field_skip WHERE hubspot_id IN (:hs) OR salesforce_id IN (:sf)"
                        + " ORDER BY id",
                Map.of(
                        "hs", hs.isEmpty() ? List.of("") : hs,
                        "sf", sf.isEmpty() ? List.of("") : sf),
                FieldSkips::skip);
    }

    private static FieldSkip skip(ResultSet rs, int n) throws SQLException {
        return new FieldSkip(
                rs.getLong("id"),
                rs.getString("hubspot_id"),
                rs.getString("salesforce_type"),
                rs.getString("salesforce_id"),
                rs.getString("record_label"),
                rs.getString("hubspot_property"),
                rs.getString("salesforce_field"),
                rs.getString("reason"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
