package io.crmsync.connection.internal;

import io.crmsync.connection.ConnectionTestResult;
import io.crmsync.spi.ApiLimits;
import io.crmsync.spi.ConnectionSettings;
import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmConnectorFactory;
import io.crmsync.spi.Identity;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks a CRM who it is, and its daily API limit, with the given settings, through the connector
 * factory of its side. It makes a remote call: never use it inside a database transaction.
 */
@Component
public class IdentityProbe {

    private static final Logger log = LoggerFactory.getLogger(IdentityProbe.class);

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
            CrmConnector connector = factory.get().connect(settings);
            Identity identity = connector.identity();
            return new ConnectionTestResult(
                    true,
                    "Connected.",
                    identity.accountId(),
                    identity.userName() != null ? identity.userName() : identity.userId(),
                    identity.apiVersion(),
                    identity.baseUrl(),
                    clock.instant(),
                    limits(connector));
        } catch (ConnectorException e) {
            return failed(e.failure().message());
        } catch (RuntimeException e) {
            return failed("Could not reach " + crm + ": " + e.getMessage());
        }
    }

    /** The limits are extra information: a CRM that refuses them still passes the test. */
    private ApiLimits limits(CrmConnector connector) {
        try {
            return connector.limits();
        } catch (RuntimeException e) {
            log.warn("{} did not tell its API limits", connector.system().label(), e);
            return new ApiLimits(null, null, null);
        }
    }

    private ConnectionTestResult failed(String message) {
        return new ConnectionTestResult(
                false, message, null, null, null, null, clock.instant(), null);
    }
}
