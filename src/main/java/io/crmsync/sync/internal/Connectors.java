package io.crmsync.sync.internal;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.ActiveConnections;
import io.crmsync.spi.ConnectionSettings;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmConnectorFactory;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The connector for each CRM with the connection settings in force. A connector is kept while its
 * settings stay the same, so that its token, describe cache and rate limiters live on; a changed
 * connection gets a new one on the next call.
 */
@Component
public class Connectors {

    private record Held(ConnectionSettings settings, CrmConnector connector) {}

    private final ActiveConnections active;
    private final Map<ExternalSystem, CrmConnectorFactory> factories =
            new EnumMap<>(ExternalSystem.class);
    private final Map<ExternalSystem, Held> held = new EnumMap<>(ExternalSystem.class);

    Connectors(ActiveConnections active, List<CrmConnectorFactory> factories) {
        this.active = active;
        factories.forEach(f -> this.factories.put(f.system(), f));
    }

    public synchronized CrmConnector get(ExternalSystem system) {
        ConnectionSettings settings = active.settings(system);
        Held current = held.get(system);
        if (current == null || !current.settings().equals(settings)) {
            CrmConnectorFactory factory = factories.get(system);
            if (factory == null) {
                throw new IllegalStateException("No connector for " + system.label());
            }
            current = new Held(settings, factory.connect(settings));
            held.put(system, current);
        }
        return current.connector();
    }

    public CrmConnector salesforce() {
        return get(ExternalSystem.SALESFORCE);
    }

    public CrmConnector hubSpot() {
        return get(ExternalSystem.HUBSPOT);
    }
}
