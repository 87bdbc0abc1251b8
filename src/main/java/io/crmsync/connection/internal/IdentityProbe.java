package io.crmsync.connection.internal;

import io.crmsync.connection.ConnectionTestResult;
import io.crmsync.sync.spi.ConnectionSettings;
import io.crmsync.sync.spi.ConnectorException;
import io.crmsync.sync.spi.CrmConnectorFactory;
import io.crmsync.sync.spi.Identity;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Asks a CRM who it is with the given settings, through the connector factory of its side. It makes
 * a remote call: never use it inside a database transaction.
 */
@Component
public class IdentityProbe {

    private final List<CrmConnectorFactory> factories;
    private final Clock clock;

    IdentityProbe(List<CrmConnectorFactory> factories, Clock clock) {
        this.factories = factories;
        this.clock = clock;
    }

    public ConnectionTestResult identify(ConnectionSettings settings) {
        String crm = settings.system().label();
        var factory = factories.stream().filter(f -> f.system() == settings.system()).findFirst();
        if (factory.isEmpty()) {
            return failed("This build has no " + crm + " connector.");
        }
        try {
            Identity identity = factory.get().connect(settings).identity();
            return new ConnectionTestResult(
                    true,
                    "Connected.",
                    identity.accountId(),
                    identity.userName() != null ? identity.userName() : identity.userId(),
                    identity.apiVersion(),
                    identity.baseUrl(),
                    clock.instant());
        } catch (ConnectorException e) {
            return failed(e.failure().message());
        } catch (RuntimeException e) {
            return failed("Could not reach " + crm + ": " + e.getMessage());
        }
    }

    private ConnectionTestResult failed(String message) {
        return new ConnectionTestResult(false, message, null, null, null, null, clock.instant());
    }
}
