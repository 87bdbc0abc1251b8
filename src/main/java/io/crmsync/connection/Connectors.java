package io.crmsync.connection;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.ActiveConnections;
import io.crmsync.spi.ConnectionChanged;
import io.crmsync.spi.ConnectionSettings;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmConnectorFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The connector for each CRM with the connection settings in force. A connector is kept, with its
 * token, describe cache and rate limiters, until a {@link ConnectionChanged} drops it. Another node
 * publishes no event here, so the settings are also read again once a {@link #RECHECK} has passed;
 * equal settings keep the connector.
 */
@Component
public class Connectors {

    static final Duration RECHECK = Duration.ofMinutes(1);

    private record Held(ConnectionSettings settings, CrmConnector connector, Instant checkedAt) {}

    private final ActiveConnections active;
    private final Clock clock;
    private final Map<ExternalSystem, CrmConnectorFactory> factories =
            new EnumMap<>(ExternalSystem.class);
    private final Map<ExternalSystem, Held> held = new ConcurrentHashMap<>();

    Connectors(ActiveConnections active, List<CrmConnectorFactory> factories, Clock clock) {
        this.active = active;
        this.clock = clock;
        factories.forEach(f -> this.factories.put(f.system(), f));
    }

    public CrmConnector get(ExternalSystem system) {
        Held current = held.get(system);
        if (current != null && fresh(current)) {
            return current.connector();
        }
        return load(system);
    }

    public CrmConnector salesforce() {
        return get(ExternalSystem.SALESFORCE);
    }

    public CrmConnector hubSpot() {
        return get(ExternalSystem.HUBSPOT);
    }

    /** Synchronized with {@link #load}, so that a load that read the old settings is dropped. */
    @EventListener
    synchronized void on(ConnectionChanged changed) {
        held.remove(changed.system());
    }

    private synchronized CrmConnector load(ExternalSystem system) {
        Held current = held.get(system);
        if (current != null && fresh(current)) {
            return current.connector();
        }
        ConnectionSettings settings = active.settings(system);
        Instant now = clock.instant();
        if (current != null && current.settings().equals(settings)) {
            current = new Held(settings, current.connector(), now);
        } else {
            CrmConnectorFactory factory = factories.get(system);
            if (factory == null) {
                throw new IllegalStateException("No connector for " + system.label());
            }
            current = new Held(settings, factory.connect(settings), now);
        }
        held.put(system, current);
        return current.connector();
    }

    private boolean fresh(Held held) {
        Instant now = clock.instant();
        return !now.isBefore(held.checkedAt()) && now.isBefore(held.checkedAt().plus(RECHECK));
    }
}
