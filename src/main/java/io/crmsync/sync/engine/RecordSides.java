package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.base.SandboxLink;
import io.crmsync.connection.Connectors;
import io.crmsync.spi.ActiveConnections;
import io.crmsync.spi.ConnectionSettings;
import io.crmsync.spi.CrmRecord;
import io.crmsync.sync.RecordSide;
import io.crmsync.sync.SyncObject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A record's two sides read live, and where each can be opened in its CRM. */
@Component
class RecordSides {

    /** HubSpot's ids of its standard objects, as its record pages name them. */
    private static final Map<String, String> HUBSPOT_OBJECT_IDS =
            Map.of("contacts", "0-1", "companies", "0-2", "deals", "0-3", "tickets", "0-5");

    private final Connectors connectors;
    private final ActiveConnections connections;
    private final PairSchema schema;
    private final SalesforceRelations relations;

    RecordSides(
            Connectors connectors,
            ActiveConnections connections,
            PairSchema schema,
            SalesforceRelations relations) {
        this.connectors = connectors;
        this.connections = connections;
        this.schema = schema;
        this.relations = relations;
    }

    /** The HubSpot record with what the engine reads of it; null when there is none. */
    CrmRecord readHubSpot(SyncObject object, String id) {
        if (id == null) {
            return null;
        }
        String type = object.hubSpotType();
        return connectors
                .hubSpot()
                .readByIds(type, List.of(id), schema.hubSpotProperties(type))
                .stream()
                .findFirst()
                .orElse(null);
    }

    /**
     * The Salesforce record with what the engine reads of it and its lookups to other synced
     * objects; null when there is none.
     */
    CrmRecord readSalesforce(String type, String id) {
        if (id == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>(schema.salesforceFields(type));
        names.addAll(relations.lookupFields(type));
        return connectors.salesforce().readByIds(type, List.of(id), List.copyOf(names)).stream()
                .findFirst()
                .orElse(null);
    }

    RecordSide hubSpotSide(SyncObject object, String id, boolean exists) {
        String type = object.hubSpotType();
        boolean sandbox = sandbox(ExternalSystem.HUBSPOT);
        String url = sandbox ? sandboxLink(ExternalSystem.HUBSPOT, type, id) : null;
        if (!sandbox && HUBSPOT_OBJECT_IDS.containsKey(type)) {
            try {
                String portal = connectors.hubSpot().identity().accountId();
                url =
                        "https://app.hubspot.com/contacts/%s/record/%s/%s"
                                .formatted(portal, HUBSPOT_OBJECT_IDS.get(type), id);
            } catch (RuntimeException unreachable) {
                url = null;
            }
        }
        return new RecordSide(ExternalSystem.HUBSPOT, type, id, url, sandbox, exists);
    }

    RecordSide salesforceSide(String type, String id, boolean exists) {
        boolean sandbox = sandbox(ExternalSystem.SALESFORCE);
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

    private boolean sandbox(ExternalSystem system) {
        return connections.current(system).map(ConnectionSettings::sandbox).orElse(false);
    }

    private static String sandboxLink(ExternalSystem system, String type, String id) {
        return id == null || type == null ? null : new SandboxLink(system, type, id).location();
    }
}
