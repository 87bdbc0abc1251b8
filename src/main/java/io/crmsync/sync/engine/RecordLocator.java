package io.crmsync.sync.engine;

import io.crmsync.connection.Connectors;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmRecord;
import io.crmsync.sync.RecordQuery;
import io.crmsync.sync.RecordRef;
import io.crmsync.sync.RecordSummary;
import io.crmsync.sync.SyncObject;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Finds records for the Record page: a contact by email, a record of any synced object by either
 * side's id, through its link or its last unlink, and companies by name or domain.
 */
@Component
class RecordLocator {

    /**
     * A record found: its ids on each side, as far as known.
     *
     * @param label its name when the search read it, else null
     */
    record Found(
            SyncObject object,
            Link link,
            String hubSpotId,
            String salesforceType,
            String salesforceId,
            String label) {

        static Found of(SyncObject object, Link link) {
            return new Found(
                    object,
                    link,
                    link.hubSpotId(),
                    link.salesforceType(),
                    link.salesforceId(),
                    null);
        }

        RecordSummary summary() {
            return new RecordSummary(
                    RecordRef.of(object, hubSpotId, salesforceType, salesforceId),
                    label,
                    link != null);
        }
    }

    private final Connectors connectors;
    private final LinkStore links;
    private final RecordHistory history;
    private final RecordLabels labels;
    private final RecordNames names;

    RecordLocator(
            Connectors connectors,
            LinkStore links,
            RecordHistory history,
            RecordLabels labels,
            RecordNames names) {
        this.connectors = connectors;
        this.links = links;
        this.history = history;
        this.labels = labels;
        this.names = names;
    }

    /** The records the query names, contacts first: an id may name records of several objects. */
    List<Found> find(RecordQuery query) {
        return switch (query.kind()) {
            case EMAIL -> byEmail(query.value()).stream().toList();
            case HUBSPOT_ID ->
                    Arrays.stream(SyncObject.values())
                            .flatMap(o -> byHubSpotId(o, query.value()).stream())
                            .toList();
            case SALESFORCE_ID ->
                    bySalesforceId(query.object(), query.salesforceType(), query.value()).stream()
                            .toList();
            case NAME -> names.find(query.value());
            case UNRECOGNISED -> List.of();
        };
    }

    /** The record of this object with this HubSpot or Salesforce id. */
    Optional<Found> byId(SyncObject object, String id) {
        RecordQuery query = RecordQuery.parse(id);
        return switch (query.kind()) {
            case HUBSPOT_ID -> byHubSpotId(object, query.value());
            case SALESFORCE_ID ->
                    query.object() == object
                            ? bySalesforceId(object, query.salesforceType(), query.value())
                            : Optional.empty();
            default -> Optional.empty();
        };
    }

    private Optional<Found> byHubSpotId(SyncObject object, String id) {
        Link link = links.byHubSpotIds(object.linkKind(), List.of(id)).get(id);
        if (link != null) {
            return Optional.of(Found.of(object, link));
        }
        Optional<LinkStore.Unlink> unlinked = history.lastUnlink(object.linkKind(), id, null);
        String type = object.hubSpotType();
        return connectors
                .hubSpot()
                .readByIds(type, List.of(id), labels.hubSpotFields(type))
                .stream()
                .findFirst()
                .map(r -> new Found(object, null, r.id(), null, null, RecordLabels.of(r)))
                .or(
                        () ->
                                unlinked.map(
                                        u ->
                                                new Found(
                                                        object,
                                                        null,
                                                        id,
                                                        u.salesforceType(),
                                                        u.salesforceId(),
                                                        null)));
    }

    private Optional<Found> bySalesforceId(SyncObject object, String type, String id) {
        Link link = links.bySalesforceIds(object.linkKind(), List.of(id)).get(id);
        if (link != null) {
            return Optional.of(Found.of(object, link));
        }
        String deletedHubSpotId =
                history.lastUnlink(object.linkKind(), null, id)
                        .map(LinkStore.Unlink::hubSpotId)
                        .orElse(null);
        return connectors
                .salesforce()
                .readByIds(type, List.of(id), labels.salesforceFields(type))
                .stream()
                .findFirst()
                .map(
                        r ->
                                new Found(
                                        object,
                                        null,
                                        deletedHubSpotId,
                                        type,
                                        r.id(),
                                        RecordLabels.of(r)));
    }

    private Optional<Found> byEmail(String email) {
        SyncObject contact = SyncObject.CONTACT;
        List<CrmRecord> hubSpot =
                connectors
                        .hubSpot()
                        .readByKey(
                                contact.hubSpotType(),
                                "email",
                                List.of(email),
                                labels.hubSpotFields(contact.hubSpotType()));
        CrmConnector salesforce = connectors.salesforce();
        List<CrmRecord> people =
                salesforce.readByKey(
                        contact.salesforceTypes(),
                        "Email",
                        List.of(email),
                        labels::salesforceFields);
        List<String> hubSpotIds = hubSpot.stream().map(CrmRecord::id).toList();
        List<String> salesforceIds = people.stream().map(CrmRecord::id).toList();
        Optional<Link> link =
                Stream.concat(
                                links
                                        .byHubSpotIds(contact.linkKind(), hubSpotIds)
                                        .values()
                                        .stream(),
                                links
                                        .bySalesforceIds(contact.linkKind(), salesforceIds)
                                        .values()
                                        .stream())
                        .min(Comparator.comparingLong(Link::id));
        // A contact before a lead: the types come back in their order.
        CrmRecord person = people.stream().findFirst().orElse(null);
        CrmRecord hubSpotContact = hubSpot.stream().findFirst().orElse(null);
        String label = RecordLabels.of(person != null ? person : hubSpotContact);
        if (link.isPresent()) {
            Link l = link.get();
            return Optional.of(
                    new Found(
                            contact,
                            l,
                            l.hubSpotId(),
                            l.salesforceType(),
                            l.salesforceId(),
                            label));
        }
        if (hubSpotContact == null && person == null) {
            return Optional.empty();
        }
        return Optional.of(
                new Found(
                        contact,
                        null,
                        hubSpotContact == null ? null : hubSpotContact.id(),
                        person == null ? null : person.objectType(),
                        person == null ? null : person.id(),
                        label));
    }
}
