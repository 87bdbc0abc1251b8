package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.base.SandboxLink;
import io.crmsync.connection.Connectors;
import io.crmsync.spi.ActiveConnections;
import io.crmsync.spi.ConnectionSettings;
import io.crmsync.spi.CrmRecord;
import io.crmsync.sync.RecordSide;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A contact's two sides read live, and where each can be opened in its CRM. */
@Component
class RecordSides {

    static final String ACCOUNT_ID = "AccountId";

    private final Connectors connectors;
    private final ActiveConnections connections;

    RecordSides(Connectors connectors, ActiveConnections connections) {
        this.connectors = connectors;
        this.connections = connections;
    }

    CrmRecord readHubSpot(String id, List<MappedField> mapped) {
        if (id == null) {
            return null;
        }
        Set<String> names =
                new LinkedHashSet<>(
                        List.of("email", "firstname", "lastname", PairSchema.PRIMARY_COMPANY));
        mapped.forEach(m -> names.add(m.property()));
        return connectors
                .hubSpot()
                .readByIds(PairSchema.HUBSPOT_TYPE, List.of(id), List.copyOf(names))
                .stream()
                .findFirst()
                .orElse(null);
    }

    CrmRecord readSalesforce(String type, String id, List<MappedField> mapped) {
        if (id == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>(List.of("Email", "FirstName", "LastName"));
        if (PairSchema.CONTACT.equals(type)) {
            names.add(ACCOUNT_ID);
        }
        mapped.forEach(m -> names.add(m.salesforceName()));
        return connectors.salesforce().readByIds(type, List.of(id), List.copyOf(names)).stream()
                .findFirst()
                .orElse(null);
    }

    RecordSide hubSpotSide(String id, boolean exists) {
        boolean sandbox =
                connections
                        .current(ExternalSystem.HUBSPOT)
                        .map(ConnectionSettings::sandbox)
                        .orElse(false);
        String url =
                sandbox ? sandboxLink(ExternalSystem.HUBSPOT, PairSchema.HUBSPOT_TYPE, id) : null;
        if (!sandbox) {
            try {
                String portal = connectors.hubSpot().identity().accountId();
                url = "https://app.hubspot.com/contacts/" + portal + "/record/0-1/" + id;
            } catch (RuntimeException unreachable) {
                url = null;
            }
        }
        return new RecordSide(
                ExternalSystem.HUBSPOT, PairSchema.HUBSPOT_TYPE, id, url, sandbox, exists);
    }

    RecordSide salesforceSide(String type, String id, boolean exists) {
        boolean sandbox =
                connections
                        .current(ExternalSystem.SALESFORCE)
                        .map(ConnectionSettings::sandbox)
                        .orElse(false);
        String url = sandbox ? sandboxLink(ExternalSystem.SALESFORCE, type, id) : null;
        if (!sandbox) {
            try {
                String instance = connectors.salesforce().identity().baseUrl();
                url = instance + "/lightning/r/" + type + "/" + id + "/view";
            } catch (RuntimeException unreachable) {
                url = null;
            }
        }
        return new RecordSide(ExternalSystem.SALESFORCE, type, id, url, sandbox, exists);
    }

    private static String sandboxLink(ExternalSystem system, String type, String id) {
        return id == null || type == null ? null : new SandboxLink(system, type, id).location();
    }
}
