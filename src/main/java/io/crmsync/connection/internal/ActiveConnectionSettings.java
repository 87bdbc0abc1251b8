package io.crmsync.connection.internal;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connection.ConnectionMode;
import io.crmsync.sync.spi.ActiveConnections;
import io.crmsync.sync.spi.AuthFlow;
import io.crmsync.sync.spi.ConnectionSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The settings connectors use: the saved real account of a side, or else the built-in sandbox
 * served by this application (or by a standalone sandbox, when its URL is configured).
 */
@Component
public class ActiveConnectionSettings implements ActiveConnections {

    public static final String SANDBOX_CLIENT_ID = "crmsync-sandbox-client";
    public static final String SANDBOX_CLIENT_SECRET = "crmsync-sandbox-secret";
    public static final String SANDBOX_HUBSPOT_TOKEN = "pat-na1-sandbox-token";
    public static final String SANDBOX_HUBSPOT_SECRET = ConnectionSettings.SANDBOX_HUBSPOT_SECRET;

    private final ConnectionRepository connections;
    private final SecretCipher cipher;
    private final Environment environment;
    private final String salesforceUrl;
    private final String hubspotUrl;
    private volatile Integer port;

    ActiveConnectionSettings(
            ConnectionRepository connections,
            SecretCipher cipher,
            Environment environment,
            @Value("${crmsync.sandbox.salesforce-url:}") String salesforceUrl,
            @Value("${crmsync.sandbox.hubspot-url:}") String hubspotUrl) {
        this.connections = connections;
        this.cipher = cipher;
        this.environment = environment;
        this.salesforceUrl = salesforceUrl;
        this.hubspotUrl = hubspotUrl;
    }

    @EventListener
    void onServerStarted(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            port = event.getWebServer().getPort();
        }
    }

    @Override
    public ConnectionSettings settings(ExternalSystem system) {
        return connections
                .find(system)
                .filter(c -> c.mode() == ConnectionMode.REAL)
                .map(this::real)
                .orElseGet(() -> sandbox(system));
    }

    /** The saved settings with their secrets decrypted. */
    public ConnectionSettings real(StoredConnection c) {
        return new ConnectionSettings(
                c.system(),
                false,
                c.flow(),
                c.baseUrl(),
                null,
                c.clientId(),
                cipher.decrypt(c.clientSecretEnc()),
                cipher.decrypt(c.refreshTokenEnc()),
                cipher.decrypt(c.accessTokenEnc()));
    }

    public ConnectionSettings sandbox(ExternalSystem system) {
        return switch (system) {
            case SALESFORCE ->
                    new ConnectionSettings(
                            system,
                            true,
                            AuthFlow.SALESFORCE_CLIENT_CREDENTIALS,
                            sandboxUrl(salesforceUrl, "salesforce"),
                            null,
                            SANDBOX_CLIENT_ID,
                            SANDBOX_CLIENT_SECRET,
                            null,
                            null);
            case HUBSPOT ->
                    new ConnectionSettings(
                            system,
                            true,
                            AuthFlow.HUBSPOT_PRIVATE_APP,
                            sandboxUrl(hubspotUrl, "hubspot"),
                            null,
                            null,
                            SANDBOX_HUBSPOT_SECRET,
                            null,
                            SANDBOX_HUBSPOT_TOKEN);
        };
    }

    private String sandboxUrl(String configured, String path) {
        if (!configured.isBlank()) {
            return configured;
        }
        Integer known = port;
        String serverPort =
                known != null
                        ? known.toString()
                        : environment.getProperty(
                                "local.server.port",
                                environment.getProperty("server.port", "8080"));
        return "http://localhost:" + serverPort + "/sandbox/" + path;
    }
}
