package io.crmsync.sandbox;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connection.BuiltInSandboxes;
import io.crmsync.spi.AuthFlow;
import io.crmsync.spi.ConnectionChanged;
import io.crmsync.spi.ConnectionSettings;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/**
 * How crmsync reaches the simulators: served by this application, or by a standalone sandbox server
 * when its URLs are configured. The development credentials below are published in the README; they
 * exist only where the simulators do, never in the packaged application.
 */
public class SandboxConnections implements BuiltInSandboxes {

    public static final String CLIENT_ID = "crmsync-sandbox-client";
    public static final String CLIENT_SECRET = "crmsync-sandbox-secret";
    public static final String HUBSPOT_TOKEN = "pat-na1-sandbox-token";
    public static final String HUBSPOT_SECRET = "sandbox-client-secret";

    private final Environment environment;
    private final String salesforceUrl;
    private final String hubspotUrl;
    private volatile Integer port;

    public SandboxConnections(Environment environment, String salesforceUrl, String hubspotUrl) {
        this.environment = environment;
        this.salesforceUrl = salesforceUrl;
        this.hubspotUrl = hubspotUrl;
    }

    @EventListener
    void onServerStarted(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            port = event.getWebServer().getPort();
            // A connector built before now was given a guessed port.
            for (ExternalSystem system : ExternalSystem.values()) {
                event.getApplicationContext().publishEvent(new ConnectionChanged(system));
            }
        }
    }

    @Override
    public ConnectionSettings settings(ExternalSystem system) {
        return switch (system) {
            case SALESFORCE ->
                    new ConnectionSettings(
                            system,
                            true,
                            AuthFlow.SALESFORCE_CLIENT_CREDENTIALS,
                            url(salesforceUrl, "salesforce"),
                            null,
                            CLIENT_ID,
                            CLIENT_SECRET,
                            null,
                            null);
            case HUBSPOT ->
                    new ConnectionSettings(
                            system,
                            true,
                            AuthFlow.HUBSPOT_PRIVATE_APP,
                            url(hubspotUrl, "hubspot"),
                            null,
                            null,
                            HUBSPOT_SECRET,
                            null,
                            HUBSPOT_TOKEN);
        };
    }

    private String url(String configured, String path) {
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
