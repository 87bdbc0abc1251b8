package io.crmsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.testsupport.CrmsyncIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** HubSpot webhooks queue the changed contacts at once; unsigned or stale calls are refused. */
@CrmsyncIntegrationTest
class HubSpotWebhookIT extends SyncScenarioSupport {

    @LocalServerPort int port;

    @Test
    void aSignedEventQueuesItsContact() throws Exception {
        String body =
                "[{\"subscriptionType\":\"contact.propertyChange\",\"objectId\":987654,"
                        + "\"changeSource\":\"CRM_UI\",\"sourceId\":\"userId:1\"}]";
        assertThat(post(body, clock.millis(), "sandbox-client-secret")).isEqualTo(204);
        assertThat(queued("987654")).isTrue();
    }

    @Test
    void crmsyncsOwnWritesAreNotQueuedAgain() throws Exception {
        String body =
                "[{\"subscriptionType\":\"contact.propertyChange\",\"objectId\":987655,"
                        + "\"changeSource\":\"INTEGRATION\",\"sourceId\":\"1160452\"}]";
        assertThat(post(body, clock.millis(), "sandbox-client-secret")).isEqualTo(204);
        assertThat(queued("987655")).isFalse();
    }

    @Test
    void aWrongSignatureOrAnOldTimestampIsRefused() throws Exception {
        String body = "[{\"subscriptionType\":\"contact.creation\",\"objectId\":987656}]";
        assertThat(post(body, clock.millis(), "not-the-secret")).isEqualTo(401);
        assertThat(post(body, clock.millis() - 3_600_000, "sandbox-client-secret")).isEqualTo(401);
        assertThat(queued("987656")).isFalse();
    }

    @Test
    void theSandboxDeliversAHubSpotChangeAndTheContactSyncs() throws Exception {
        String target = "http://localhost:" + port + HubSpotWebhookController.PATH;
        adminPut(
                "/sandbox/hubspot/_admin/webhooks",
                "{\"targetUrl\":\""
                        + target
                        + "\",\"subscriptions\":[{\"id\":1,\"eventType\":\"contact.creation\",\"active\":true}],"
                        + "\"maxRetries\":1}");
        try {
            String email = SyncFixture.email("webhook");
            // Sandbox edits made as a person, as in HubSpot's UI.
            String id =
                    adminPost(
                            "/sandbox/hubspot/_admin/objects/contacts",
                            "{\"properties\":{\"email\":\"" + email + "\",\"lastname\":\"Hook\"}}");
            for (int i = 0; i < 50 && !queued(id); i++) {
                Thread.sleep(100);
            }
            assertThat(queued(id)).as("queued by the webhook, before any poll").isTrue();
            sync.jobs.settleNow();
            assertThat(sync.salesforceByEmail("Contact", email, "LastName")).hasSize(1);
        } finally {
            adminPut("/sandbox/hubspot/_admin/webhooks", "{\"subscriptions\":[],\"maxRetries\":0}");
        }
    }

    private boolean queued(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM sync_work WHERE source = 'HUBSPOT' AND record_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private int post(String body, long timestamp, String secret) throws Exception {
        String url = "http://localhost:" + port + HubSpotWebhookController.PATH;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature =
                Base64.getEncoder()
                        .encodeToString(
                                mac.doFinal(
                                        ("POST" + url + body + timestamp)
                                                .getBytes(StandardCharsets.UTF_8)));
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .header("X-HubSpot-Request-Timestamp", String.valueOf(timestamp))
                        .header("X-HubSpot-Signature-v3", signature)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private String adminPost(String path, String json) throws Exception {
        HttpResponse<String> response = admin("POST", path, json);
        return new tools.jackson.databind.json.JsonMapper()
                .readTree(response.body())
                .get("id")
                .asString();
    }

    private void adminPut(String path, String json) throws Exception {
        assertThat(admin("PUT", path, json).statusCode()).isLessThan(300);
    }

    private HttpResponse<String> admin(String method, String path, String json) throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/json")
                        .header("X-Sandbox-Admin-Key", "sandbox-admin")
                        .method(method, HttpRequest.BodyPublishers.ofString(json))
                        .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
