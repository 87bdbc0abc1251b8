package io.crmsync.sync.engine;

import io.crmsync.connection.Connectors;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmRecord;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Finds a contact for the Record page by email or by either side's id, through its link or its last
 * unlink.
 */
@Component
class RecordLocator {

    record Found(Link link, String hubSpotId, String salesforceType, String salesforceId) {

        static Found of(Link link) {
            return new Found(link, link.hubSpotId(), link.salesforceType(), link.salesforceId());
        }
    }

    private final Connectors connectors;
    private final LinkStore links;

    RecordLocator(Connectors connectors, LinkStore links) {
        this.connectors = connectors;
        this.links = links;
    }

    Optional<Found> byHubSpotId(String id) {
        Link link = links.byHubSpotIds(LinkStore.CONTACT, List.of(id)).get(id);
        if (link != null) {
            return Optional.of(Found.of(link));
        }
        Optional<LinkStore.Unlink> unlinked = links.lastUnlink(id, null);
        return connectors
                .hubSpot()
                .readByIds(PairSchema.HUBSPOT_TYPE, List.of(id), List.of("email"))
                .stream()
                .findFirst()
                .map(r -> new Found(null, r.id(), null, null))
                .or(
                        () ->
                                unlinked.map(
                                        u ->
                                                new Found(
                                                        null,
                                                        id,
                                                        u.salesforceType(),
                                                        u.salesforceId())));
    }

    Optional<Found> bySalesforceId(String id, String type) {
        Link link = links.bySalesforceIds(LinkStore.CONTACT, List.of(id)).get(id);
        if (link != null) {
            return Optional.of(Found.of(link));
        }
        String deletedHubSpotId =
                links.lastUnlink(null, id).map(LinkStore.Unlink::hubSpotId).orElse(null);
        return connectors.salesforce().readByIds(type, List.of(id), List.of("Email")).stream()
                .findFirst()
                .map(r -> new Found(null, deletedHubSpotId, type, r.id()));
    }

    Optional<Found> byEmail(String email) {
        List<CrmRecord> hubSpot =
                connectors
                        .hubSpot()
                        .readByKey(
                                PairSchema.HUBSPOT_TYPE, "email", List.of(email), List.of("email"));
        CrmConnector salesforce = connectors.salesforce();
        List<CrmRecord> contacts =
                salesforce.readByKey(PairSchema.CONTACT, "Email", List.of(email), List.of("Email"));
        List<CrmRecord> leads =
                salesforce.readByKey(PairSchema.LEAD, "Email", List.of(email), List.of("Email"));
        List<String> hubSpotIds = hubSpot.stream().map(CrmRecord::id).toList();
        List<String> salesforceIds =
                Stream.concat(contacts.stream(), leads.stream()).map(CrmRecord::id).toList();
        Optional<Link> link =
                Stream.concat(
                                links.byHubSpotIds(LinkStore.CONTACT, hubSpotIds).values().stream(),
                                links
                                        .bySalesforceIds(LinkStore.CONTACT, salesforceIds)
                                        .values()
                                        .stream())
                        .min(Comparator.comparingLong(Link::id));
        if (link.isPresent()) {
            return link.map(Found::of);
        }
        CrmRecord person =
                !contacts.isEmpty() ? contacts.getFirst() : leads.stream().findFirst().orElse(null);
        String hubSpotId = hubSpotIds.stream().findFirst().orElse(null);
        if (hubSpotId == null && person == null) {
            return Optional.empty();
        }
        return Optional.of(
                new Found(
                        null,
                        hubSpotId,
                        person == null ? null : person.objectType(),
                        person == null ? null : person.id()));
    }
}
