package io.crmsync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.testsupport.CrmsyncIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The simulators, where they run, serve their privileged parts to this machine only: a caller
 * behind a proxy from elsewhere is refused, codes go back to this machine only, and webhooks go to
 * crmsync's own endpoint only.
 */
@CrmsyncIntegrationTest
class SandboxStaysLocalIT {

    private static final String ADMIN_KEY = "sandbox-admin";
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort int port;

    @Test
    void theAdminApiAnswersThisMachineButNotACallerFromElsewhere() throws Exception {
        String path = "/sandbox/salesforce/_admin/records/Contact";
        assertThat(get(path, null).statusCode()).isEqualTo(200);

        HttpResponse<String> remote = get(path, "203.0.113.9");

        assertThat(remote.statusCode()).isEqualTo(403);
        assertThat(remote.body()).contains("this machine only").doesNotContain("records");
    }

    @Test
    void theOAuthPagesRefuseACallerFromElsewhere() throws Exception {
        String authorize =
                "/sandbox/hubspot/oauth/authorize?client_id=sandbox-client-id"
                        + "&redirect_uri=http://localhost/cb";
        assertThat(get(authorize, null).statusCode()).isEqualTo(302);
        assertThat(get(authorize, "198.51.100.7").statusCode()).isEqualTo(403);
    }

    @Test
    void anAuthorizationCodeIsNeverSentToAnotherSite() throws Exception {
        HttpResponse<String> hubspot =
                get(
                        "/sandbox/hubspot/oauth/authorize?client_id=sandbox-client-id"
                                + "&redirect_uri=https://attacker.example/cb",
                        null);
        HttpResponse<String> salesforce =
                get(
                        "/sandbox/salesforce/services/oauth2/authorize?response_type=code"
                                + "&client_id=crmsync-sandbox-client&approve=true"
                                + "&redirect_uri=https://attacker.example/cb",
                        null);

        for (HttpResponse<String> response : new HttpResponse[] {hubspot, salesforce}) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Location")).isEmpty();
        }
        assertThat(salesforce.body()).contains("redirect_uri_mismatch");
    }

    @Test
    void webhooksCanBePointedOnlyAtCrmsyncsOwnEndpoint() throws Exception {
        HttpResponse<String> internal =
                put(
                        "/sandbox/hubspot/_admin/webhooks",
                        "{\"targetUrl\":\"http://169.254.169.254/latest/meta-data\","
                                + "\"subscriptions\":[],\"maxRetries\":0}");
        HttpResponse<String> own =
                put(
                        "/sandbox/hubspot/_admin/webhooks",
                        "{\"targetUrl\":\"http://localhost:"
                                + port
                                + "/webhooks/hubspot\",\"subscriptions\":[],\"maxRetries\":0}");

        assertThat(internal.statusCode()).isEqualTo(400);
        assertThat(internal.body()).contains("crmsync's webhook endpoint");
        assertThat(own.statusCode()).isEqualTo(200);
        put("/sandbox/hubspot/_admin/webhooks", "{\"subscriptions\":[],\"maxRetries\":0}");
    }

    private HttpResponse<String> get(String path, String forwardedFor) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("X-Sandbox-Admin-Key", ADMIN_KEY);
        if (forwardedFor != null) {
            // As a reverse proxy on this machine would pass on a caller from elsewhere.
            request.header("X-Forwarded-For", forwardedFor);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("X-Sandbox-Admin-Key", ADMIN_KEY)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
