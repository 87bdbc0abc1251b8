package io.crmsync.health;

import io.crmsync.base.ExternalSystem;
import io.crmsync.base.SandboxLink;
import io.crmsync.connection.Connectors;
import io.crmsync.spi.ActiveConnections;
import io.crmsync.spi.ConnectionSettings;
import io.crmsync.spi.Identity;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Adds to an error row where its records open: in the sandbox, or in each CRM's web app. */
@Component
class ErrorRowLinks {

    private static final String SANDBOX_ROUTE = SyncHealthService.SANDBOX_ROUTE;

    private final ActiveConnections connections;
    private final Connectors connectors;
    private final Map<ConnectionSettings, Optional<Identity>> identities =
            new ConcurrentHashMap<>();

    ErrorRowLinks(ActiveConnections connections, Connectors connectors) {
        this.connections = connections;
        this.connectors = connectors;
    }

    Links links() {
        return new Links(base(ExternalSystem.HUBSPOT), base(ExternalSystem.SALESFORCE));
    }

    /** The sandbox route, or the real account's web address, or null when it is unknown. */
    private String base(ExternalSystem system) {
        try {
            ConnectionSettings settings = connections.settings(system);
            if (settings.sandbox()) {
                return SANDBOX_ROUTE;
            }
            Optional<Identity> identity =
                    identities.computeIfAbsent(settings, s -> identityOf(system));
            return identity.map(
                            id ->
                                    system == ExternalSystem.SALESFORCE
                                            ? id.baseUrl()
                                            : "https://app.hubspot.com/contacts/" + id.accountId())
                    .orElse(null);
        } catch (RuntimeException unavailable) {
            return null;
        }
    }

    private Optional<Identity> identityOf(ExternalSystem system) {
        try {
            return Optional.ofNullable(connectors.get(system).identity());
        } catch (RuntimeException unavailable) {
            return Optional.empty();
        }
    }

    record Links(String hubSpot, String salesforce) {

        ErrorRow add(ErrorRow row) {
            return row.withLinks(
                    url(hubSpot, row.record().hubSpotId(), true, null),
                    url(
                            salesforce,
                            row.record().salesforceId(),
                            false,
                            row.record().salesforceType()));
        }

        private static String url(String base, String id, boolean hubSpot, String type) {
            if (base == null || id == null || id.isBlank()) {
                return null;
            }
            if (base.equals(SANDBOX_ROUTE)) {
                return hubSpot
                        ? new SandboxLink(ExternalSystem.HUBSPOT, "contacts", id).location()
                        : new SandboxLink(
                                        ExternalSystem.SALESFORCE,
                                        type == null ? "Contact" : type,
                                        id)
                                .location();
            }
            return hubSpot
                    ? base + "/record/0-1/" + id
                    : base
                            + "/lightning/r/"
                            + (type == null ? "Contact" : type)
                            + "/"
                            + id
                            + "/view";
        }
    }
}
