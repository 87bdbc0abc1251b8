package io.crmsync.testsupport;

import io.crmsync.sandbox.SandboxServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sandboxes in standalone mode, started once per test JVM on a free port with a database of
 * their own and no demo data. Tests that need particular records create them through the sandboxes'
 * APIs.
 */
public final class SandboxTestServer {

    private static ConfigurableApplicationContext context;

    private SandboxTestServer() {}

    public static synchronized String baseUrl() {
        if (context == null) {
            context =
                    SandboxServer.start(
                            "--server.port=0", "--crmsync.sandbox.seed-demo-data=false");
        }
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return "http://localhost:" + port;
    }

    public static String salesforceUrl() {
        return baseUrl() + "/sandbox/salesforce";
    }

    public static String hubspotUrl() {
        return baseUrl() + "/sandbox/hubspot";
    }

    public static ConfigurableApplicationContext context() {
        baseUrl();
        return context;
    }
}
