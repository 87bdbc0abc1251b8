package io.crmsync.sync.engine;

import io.crmsync.connection.Connectors;
import io.crmsync.spi.Association;
import io.crmsync.spi.AssociationCapable;
import io.crmsync.spi.CrmRecord;
import io.crmsync.sync.RecordAssociation;
import io.crmsync.sync.RecordAssociations;
import io.crmsync.sync.RecordRef;
import io.crmsync.sync.RecordSummary;
import io.crmsync.sync.SyncObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The records of the other synced objects associated with a record, on both sides: HubSpot's
 * associations and Salesforce's ({@link SalesforceRelations}). Each associated record shows once,
 * with both its sides when crmsync links them.
 */
@Component
class AssociatedRecords {

    /** The associated records shown; a large account's contacts are counted, not all listed. */
    static final int SHOWN = 50;

    private final Connectors connectors;
    private final LinkStore links;
    private final SalesforceRelations relations;
    private final RecordLabels labels;

    AssociatedRecords(
            Connectors connectors,
            LinkStore links,
            SalesforceRelations relations,
            RecordLabels labels) {
        this.connectors = connectors;
        this.links = links;
        this.relations = relations;
        this.labels = labels;
    }

    /**
     * @param hubSpot the record's HubSpot side, or null
     * @param salesforce its Salesforce side, read with its {@link
     *     SalesforceRelations#lookupFields}, or null
     */
    RecordAssociations of(SyncObject object, CrmRecord hubSpot, CrmRecord salesforce) {
        List<Row> rows = new ArrayList<>();
        for (SyncObject other : SyncObject.values()) {
            if (other != object) {
                rows.addAll(rows(object, other, hubSpot, salesforce));
            }
        }
        rows.sort(Comparator.comparing(Row::rank));
        List<Row> shown = rows.subList(0, Math.min(SHOWN, rows.size()));
        name(shown);
        return new RecordAssociations(
                shown.stream().map(Row::association).toList(), rows.size() - shown.size());
    }

    private List<Row> rows(
            SyncObject object, SyncObject other, CrmRecord hubSpot, CrmRecord salesforce) {
        Map<String, Row> rows = new LinkedHashMap<>();
        List<String> hubSpotIds = hubSpot == null ? List.of() : hubSpotIds(object, other, hubSpot);
        Map<String, Link> hubSpotLinks = links.byHubSpotIds(other.linkKind(), hubSpotIds);
        for (String id : hubSpotIds) {
            Link link = hubSpotLinks.get(id);
            Row row = rows.computeIfAbsent(key(link, "h" + id), k -> new Row(other, link));
            row.hubSpotId = id;
            row.inHubSpot = true;
        }
        List<SalesforceRelations.Related> related =
                salesforce == null ? List.of() : relations.of(other, salesforce);
        Map<String, Link> salesforceLinks =
                links.bySalesforceIds(
                        other.linkKind(),
                        related.stream().map(SalesforceRelations.Related::id).toList());
        for (SalesforceRelations.Related r : related) {
            Link link = salesforceLinks.get(r.id());
            Row row = rows.computeIfAbsent(key(link, "s" + r.id()), k -> new Row(other, link));
            row.salesforceType = r.type();
            row.salesforceId = r.id();
            row.label = r.label();
            row.inSalesforce = true;
        }
        return new ArrayList<>(rows.values());
    }

    private List<String> hubSpotIds(SyncObject object, SyncObject other, CrmRecord hubSpot) {
        if (!(connectors.hubSpot() instanceof AssociationCapable associations)) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        associations
                .readAssociations(object.hubSpotType(), List.of(hubSpot.id()), other.hubSpotType())
                .stream()
                .map(Association::toId)
                .forEach(ids::add);
        return List.copyOf(ids);
    }

    /**
     * Reads the names of the shown records that have none yet, from Salesforce first, then from
     * HubSpot for those still unnamed: one read per object and side.
     */
    private void name(List<Row> rows) {
        group(rows, r -> r.salesforceId == null ? null : r.salesforceType)
                .forEach(
                        (type, named) -> {
                            Map<String, String> names =
                                    names(
                                            connectors
                                                    .salesforce()
                                                    .readByIds(
                                                            type,
                                                            named.stream()
                                                                    .map(r -> r.salesforceId)
                                                                    .toList(),
                                                            labels.salesforceFields(type)));
                            named.forEach(r -> r.label = names.get(r.salesforceId));
                        });
        group(rows, r -> r.hubSpotId == null ? null : r.object.hubSpotType())
                .forEach(
                        (type, named) -> {
                            Map<String, String> names =
                                    names(
                                            connectors
                                                    .hubSpot()
                                                    .readByIds(
                                                            type,
                                                            named.stream()
                                                                    .map(r -> r.hubSpotId)
                                                                    .toList(),
                                                            labels.hubSpotFields(type)));
                            named.forEach(r -> r.label = names.get(r.hubSpotId));
                        });
    }

    /** The rows still unnamed, by the type {@code typeOf} gives; rows it gives none are left. */
    private static Map<String, List<Row>> group(List<Row> rows, Function<Row, String> typeOf) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row row : rows) {
            String type = typeOf.apply(row);
            if (row.label == null && type != null) {
                groups.computeIfAbsent(type, t -> new ArrayList<>()).add(row);
            }
        }
        return groups;
    }

    private static Map<String, String> names(List<CrmRecord> records) {
        Map<String, String> names = new LinkedHashMap<>();
        records.forEach(r -> names.put(r.id(), RecordLabels.of(r)));
        return names;
    }

    private static String key(Link link, String side) {
        return link == null ? side : "l" + link.id();
    }

    /** One associated record as it is put together from both sides. */
    private static final class Row {
        final SyncObject object;
        final Link link;
        String hubSpotId;
        String salesforceType;
        String salesforceId;
        String label;
        boolean inHubSpot;
        boolean inSalesforce;

        Row(SyncObject object, Link link) {
            this.object = object;
            this.link = link;
            if (link != null) {
                hubSpotId = link.hubSpotId();
                salesforceType = link.salesforceType();
                salesforceId = link.salesforceId();
            }
        }

        /** Associated on both sides first, then linked ones, then the rest. */
        int rank() {
            return inHubSpot && inSalesforce ? 0 : link != null ? 1 : 2;
        }

        RecordAssociation association() {
            return new RecordAssociation(
                    new RecordSummary(
                            RecordRef.of(object, hubSpotId, salesforceType, salesforceId),
                            label,
                            link != null),
                    inHubSpot,
                    inSalesforce);
        }
    }
}
