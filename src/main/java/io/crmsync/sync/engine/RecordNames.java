package io.crmsync.sync.engine;

import io.crmsync.connection.Connectors;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmRecord;
import io.crmsync.sync.SyncObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Finds the records of the named objects (every one but contacts, which have an email) by their
 * name, and accounts by their website's domain, for the Record page. A name matches whole, in any
 * case; a domain matches the websites written with or without {@code https://}, {@code www.} and a
 * closing slash.
 *
 * <p>Salesforce is searched, and a HubSpot record is found through its link to what Salesforce
 * found. TODO #15: HubSpot companies that no account is linked to are not found by name or domain
 * until the connectors can search by a property that is not unique (HubSpot's CRM search, a SOQL
 * {@code LIKE}).
 */
@Component
class RecordNames {

    private static final String NAME = "Name";
    private static final String WEBSITE = "Website";

    private final Connectors connectors;
    private final LinkStore links;
    private final PairSchema schema;
    private final RecordLabels labels;

    RecordNames(Connectors connectors, LinkStore links, PairSchema schema, RecordLabels labels) {
        this.connectors = connectors;
        this.links = links;
        this.schema = schema;
        this.labels = labels;
    }

    List<RecordLocator.Found> find(String text) {
        List<RecordLocator.Found> found = new ArrayList<>();
        for (SyncObject object : SyncObject.values()) {
            if (object == SyncObject.CONTACT) {
                continue;
            }
            for (String type : object.salesforceTypes()) {
                found.addAll(found(object, type, read(type, text)));
            }
        }
        return found;
    }

    private List<CrmRecord> read(String type, String text) {
        CrmConnector salesforce = connectors.salesforce();
        List<String> fields = labels.salesforceFields(type);
        Map<String, CrmRecord> records = new LinkedHashMap<>();
        if (schema.salesforce(type).field(NAME).isPresent()) {
            salesforce
                    .readByKey(type, NAME, List.of(text), fields)
                    .forEach(r -> records.put(r.id(), r));
        }
        String domain = CompanyPair.domainOf(text);
        if (domain != null
                && domain.contains(".")
                && !domain.contains(" ")
                && schema.salesforce(type).field(WEBSITE).isPresent()) {
            salesforce
                    .readByKey(type, WEBSITE, websites(domain), fields)
                    .forEach(r -> records.putIfAbsent(r.id(), r));
        }
        return List.copyOf(records.values());
    }

    private List<RecordLocator.Found> found(
            SyncObject object, String type, List<CrmRecord> records) {
        Map<String, Link> linked =
                links.bySalesforceIds(
                        object.linkKind(), records.stream().map(CrmRecord::id).toList());
        return records.stream()
                .map(
                        r -> {
                            Link link = linked.get(r.id());
                            return new RecordLocator.Found(
                                    object,
                                    link,
                                    link == null ? null : link.hubSpotId(),
                                    type,
                                    r.id(),
                                    RecordLabels.of(r));
                        })
                .toList();
    }

    /** The ways a website of this domain is written. */
    static List<String> websites(String domain) {
        List<String> hosts = List.of(domain, "www." + domain);
        List<String> written = new ArrayList<>();
        for (String prefix : List.of("", "http://", "https://")) {
            for (String host : hosts) {
                written.add(prefix + host);
                written.add(prefix + host + "/");
            }
        }
        return written;
    }
}
