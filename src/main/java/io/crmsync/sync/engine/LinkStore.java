package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Links between HubSpot and Salesforce records, their field states and provenance. */
@Component
class LinkStore {

    static final String CONTACT = "contact";
    static final String COMPANY = "company";

    final JdbcClient jdbc;
    final JdbcTemplate template;
    final NamedParameterJdbcTemplate named;
    private final LinkSyncRows syncRows;

    LinkStore(JdbcClient jdbc, JdbcTemplate template, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.template = template;
        this.named = named;
        this.syncRows = new LinkSyncRows(template);
    }

    Map<String, Link> bySalesforceIds(String kind, Collection<String> ids) {
        return byColumn(kind, "salesforce_id", ids, Link::salesforceId);
    }

    Map<String, Link> byHubSpotIds(String kind, Collection<String> ids) {
        return byColumn(kind, "hubspot_id", ids, Link::hubSpotId);
    }

    Optional<Link> find(long id) {
        return jdbc.sql("SELECT * FROM sync_link WHERE id = ?")
                .param(id)
                .query(this::link)
                .optional();
    }

    private Map<String, Link> byColumn(
            String kind,
            String column,
            Collection<String> ids,
            java.util.function.Function<Link, String> key) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Link> result = new HashMap<>();
        named.query(
                        "SELECT * FROM sync_link WHERE object_kind = :kind AND "
                                + column
                                + " IN (:ids)",
                        Map.of("kind", kind, "ids", ids),
                        this::link)
                .forEach(l -> result.put(key.apply(l), l));
        return result;
    }

    /** The field states of these links, by link id and field. */
    Map<Long, Map<String, FieldState>> states(Collection<Long> linkIds) {
        Map<Long, Map<String, FieldState>> result = new HashMap<>();
        if (linkIds.isEmpty()) {
            return result;
        }
        named.query(
                "SELECT * FROM sync_field_state WHERE link_id IN (:ids)",
                Map.of("ids", linkIds),
                (ResultSet rs) -> {
                    Timestamp modified = rs.getTimestamp("source_modified_at");
                    result.computeIfAbsent(rs.getLong("link_id"), k -> new LinkedHashMap<>())
                            .put(
                                    rs.getString("field"),
                                    new FieldState(
                                            rs.getString("field"),
                                            rs.getString("hubspot_value"),
                                            rs.getString("salesforce_value"),
                                            ExternalSystem.valueOf(rs.getString("source")),
                                            modified == null ? null : modified.toInstant()));
                });
        return result;
    }

    /**
     * Ties the two records together and returns the link. A link that already holds either record
     * is updated to hold both; a second link that held the other record is removed, so that each
     * record belongs to one link only.
     */
    Link link(
            String kind,
            String hubSpotId,
            String salesforceType,
            String salesforceId,
            Instant now) {
        Link byHubSpot = byHubSpotIds(kind, List.of(hubSpotId)).get(hubSpotId);
        Link bySalesforce = bySalesforceIds(kind, List.of(salesforceId)).get(salesforceId);
        if (byHubSpot != null
                && bySalesforce != null
                && byHubSpot.id() == bySalesforce.id()
                && salesforceType.equals(byHubSpot.salesforceType())) {
            return byHubSpot;
        }
        if (byHubSpot != null && bySalesforce != null && byHubSpot.id() != bySalesforce.id()) {
            delete(bySalesforce.id());
        }
        Link keep = byHubSpot != null ? byHubSpot : bySalesforce;
        if (keep == null) {
            jdbc.sql(
                            "INSERT INTO sync_link (object_kind, hubspot_id, salesforce_type,"
                                    + " salesforce_id, created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(kind, hubSpotId, salesforceType, salesforceId, Timestamp.from(now))
                    .update();
        } else {
            jdbc.sql(
                            "UPDATE sync_link SET hubspot_id = ?, salesforce_type = ?,"
                                    + " salesforce_id = ? WHERE id = ?")
                    .params(hubSpotId, salesforceType, salesforceId, keep.id())
                    .update();
        }
        return byHubSpotIds(kind, List.of(hubSpotId)).get(hubSpotId);
    }

    /** Points a link at another Salesforce record, as when a lead is converted to a contact. */
    void relink(long linkId, String salesforceType, String salesforceId) {
        jdbc.sql("UPDATE sync_link SET salesforce_type = ?, salesforce_id = ? WHERE id = ?")
                .params(salesforceType, salesforceId, linkId)
                .update();
    }

    /**
     * Removes a link after one of its records was deleted, and keeps what happened for the Records
     * page: the side it was deleted in, when, and whether the delete rule deleted the other record.
     */
    void unlink(
            Link link,
            ExternalSystem deletedIn,
            Instant deletedAt,
            boolean otherDeleted,
            Instant now) {
        jdbc.sql(
                        "INSERT INTO sync_unlink (object_kind, hubspot_id, salesforce_type,"
                                + " salesforce_id, deleted_in, deleted_at, other_side, unlinked_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        link.kind(),
                        link.hubSpotId(),
                        link.salesforceType(),
                        link.salesforceId(),
                        deletedIn.name(),
                        Timestamp.from(deletedAt),
                        otherDeleted ? "DELETED" : "KEPT",
                        Timestamp.from(now))
                .update();
        delete(link.id());
    }

    /** The newest unlink of a contact with either id; empty when it never lost a link. */
    Optional<Unlink> lastUnlink(String hubSpotId, String salesforceId) {
        return jdbc.sql(
                        "SELECT * FROM sync_unlink WHERE object_kind = 'contact'"
                                + " AND (hubspot_id = ? OR salesforce_id = ?)"
                                + " ORDER BY unlinked_at DESC, id DESC LIMIT 1")
                .params(hubSpotId, salesforceId)
                .query(
                        (rs, n) ->
                                new Unlink(
                                        rs.getString("hubspot_id"),
                                        rs.getString("salesforce_type"),
                                        rs.getString("salesforce_id"),
                                        ExternalSystem.valueOf(rs.getString("deleted_in")),
                                        rs.getTimestamp("deleted_at").toInstant(),
                                        "DELETED".equals(rs.getString("other_side"))))
                .optional();
    }

    /** A link removed after a deletion; see {@link #unlink}. */
    record Unlink(
            String hubSpotId,
            String salesforceType,
            String salesforceId,
            ExternalSystem deletedIn,
            Instant deletedAt,
            boolean otherDeleted) {}

    void delete(long linkId) {
        jdbc.sql("DELETE FROM sync_link WHERE id = ?").param(linkId).update();
    }

    /**
     * Stores the synced fields of a link as its state, and appends the written ones to provenance.
     */
    void recordSync(
            long linkId, ExternalSystem target, List<FieldWrite> writes, Long runId, Instant now) {
        storeSyncs(List.of(new Sync(linkId, target, writes, runId, now)));
    }

    /** Ties the two records together ({@link #link}) and records the sync of their fields. */
    void linkAndRecord(NewLink link, ExternalSystem target, List<FieldWrite> writes, Long runId) {
        Link stored =
                link(
                        link.kind(),
                        link.hubSpotId(),
                        link.salesforceType(),
                        link.salesforceId(),
                        link.now());
        recordSync(stored.id(), target, writes, runId, link.now());
    }

    /** Two records to tie together. */
    record NewLink(
            String kind,
            String hubSpotId,
            String salesforceType,
            String salesforceId,
            Instant now) {}

    /** One link's synced fields, waiting to be stored. */
    record Sync(
            long linkId, ExternalSystem target, List<FieldWrite> writes, Long runId, Instant now) {}

    /**
     * A view of this store for one transaction that stores the batch's links and syncs together:
     * see {@link BufferedLinkStore}.
     */
    BufferedLinkStore buffered() {
        return new BufferedLinkStore(this);
    }

    void storeSyncs(List<Sync> syncs) {
        syncRows.store(syncs);
    }

    long count(String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM sync_link WHERE object_kind = ?")
                .param(kind)
                .query(Long.class)
                .single();
    }

    private Link link(ResultSet rs, int n) throws SQLException {
        Timestamp synced = rs.getTimestamp("last_synced_at");
        return new Link(
                rs.getLong("id"),
                rs.getString("object_kind"),
                rs.getString("hubspot_id"),
                rs.getString("salesforce_type"),
                rs.getString("salesforce_id"),
                rs.getTimestamp("created_at").toInstant(),
                synced == null ? null : synced.toInstant());
    }
}
