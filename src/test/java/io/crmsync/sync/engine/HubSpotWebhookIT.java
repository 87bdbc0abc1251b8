package io.crmsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connection.ConnectionForm;
import io.crmsync.connection.ConnectionMode;
import io.crmsync.connection.ConnectionService;
import io.crmsync.spi.AuthFlow;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.SandboxConnections;
import io.crmsync.testsupport.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * HubSpot webhooks queue the changed contacts at once, once; unsigned, stale, malformed or
 * oversized calls are refused.
 */
@CrmsyncIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class HubSpotWebhookIT extends SyncScenarioSupport {

    @LocalServerPort int port;
    @Autowired ConnectionService connectionService;
    @Autowired ApplicationEventPublisher events;

    @Test
    void aSignedEventQueuesItsContact() throws Exception {
        String body =
                "[{\"subscriptionType\":\"contact.propertyChange\",\"objectId\":987654,"
                        + "\"changeSource\":\"CRM_UI\",\"sourceId\":\"userId:1\"}]";
        assertThat(post(body, clock.millis(), "sandbox-client-secret")).isEqualTo(204);
        assertThat(queued("987654")).isTrue();
    }

    @Test
    void companyAndDealEventsQueueTheirRecordsAndOthersNothing() throws Exception {
        String body =
                "[{\"subscriptionType\":\"company.propertyChange\",\"objectId\":987661},"
                        + "{\"subscriptionType\":\"deal.creation\",\"objectId\":987662},"
                        + "{\"subscriptionType\":\"ticket.creation\",\"objectId\":987663}]";
        assertThat(post(body, clock.millis(), "sandbox-client-secret")).isEqualTo(204);
        assertThat(queuedAs("987661")).isEqualTo("companies");
        assertThat(queuedAs("987662")).isEqualTo("deals");
        assertThat(queued("987663")).isFalse();
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

    @Test
    void behindATlsProxyARequestSignedForTheHttpsUrlIsAccepted() throws Exception {
        String body = "[{\"subscriptionType\":\"contact.creation\",\"objectId\":987660}]";
        String direct = "http://localhost:" + port + HubSpotWebhookController.PATH;
        String public_ = "https://crm.example.com" + HubSpotWebhookController.PATH;
        Map<String, String> proxy =
                Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "crm.example.com");

        assertThat(post(direct, public_, proxy, body, clock.millis(), "sandbox-client-secret"))
                .isEqualTo(204);
        assertThat(queued("987660")).isTrue();
    }

    @Test
    void aReplayedRequestIsAnsweredWithoutQueueingItsContactAgain() throws Exception {
        long eventId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        String body =
                "[{\"eventId\":%d,\"subscriptionId\":7,\"portalId\":62515,\"occurredAt\":%d,"
                                .formatted(eventId, clock.millis())
                        + "\"subscriptionType\":\"contact.propertyChange\",\"objectId\":987661}]";
        long timestamp = clock.millis();
        assertThat(post(body, timestamp, "sandbox-client-secret")).isEqualTo(204);
        assertThat(queued("987661")).isTrue();
        jdbc.sql("DELETE FROM sync_work WHERE source = 'HUBSPOT' AND record_id = '987661'")
                .update();

        clock.advance(Duration.ofMinutes(4));
        assertThat(post(body, timestamp, "sandbox-client-secret")).isEqualTo(200);
        assertThat(queued("987661")).as("a replay queues nothing").isFalse();
    }

    @Test
    void aSignedBodyThatIsNotJsonIsABadRequestLoggedOnce(CapturedOutput output) throws Exception {
        int before = count(output.getAll(), "not a list of events");

        assertThat(post("{not json", clock.millis(), "sandbox-client-secret")).isEqualTo(400);
        assertThat(count(output.getAll(), "not a list of events")).isEqualTo(before + 1);
        assertThat(output.getAll()).doesNotContain("JsonParseException", "StreamReadException");
    }

    @Test
    void moreEventsThanHubSpotSendsInOneRequestAreRefused() throws Exception {
        String event = "{\"subscriptionType\":\"contact.creation\",\"objectId\":%d}";
        String hundred =
                IntStream.range(0, 100)
                        .mapToObj(i -> event.formatted(988000 + i))
                        .collect(Collectors.joining(",", "[", "]"));
        String tooMany =
                IntStream.range(0, 5000)
                        .mapToObj(i -> event.formatted(989000 + i))
                        .collect(Collectors.joining(",", "[", "]"));

        assertThat(post(tooMany, clock.millis(), "sandbox-client-secret")).isEqualTo(400);
        assertThat(queued("989000")).isFalse();
        assertThat(post(hundred, clock.millis(), "sandbox-client-secret")).isEqualTo(204);
        assertThat(queued("988099")).isTrue();
    }

    @Test
    @WithMockUser(username = TestAccounts.ADMIN, roles = "ADMIN")
    void theSandboxSecretAuthorisesNothingOnceARealHubSpotAccountIsSaved() throws Exception {
        String body = "[{\"subscriptionType\":\"contact.creation\",\"objectId\":987662}]";
        SandboxConnections.restore(jdbc, events);
        try {
            connectionService.save(realHubSpot("sandbox-client-secret"), true);
            assertThat(post(body, clock.millis(), "sandbox-client-secret")).isEqualTo(401);

            connectionService.save(realHubSpot("the-real-apps-secret"), true);
            assertThat(post(body, clock.millis(), "sandbox-client-secret")).isEqualTo(401);
            assertThat(queued("987662")).isFalse();
            assertThat(post(body, clock.millis(), "the-real-apps-secret")).isEqualTo(204);
            assertThat(queued("987662")).isTrue();
        } finally {
            SandboxConnections.restore(jdbc, events);
        }
    }

    private static ConnectionForm realHubSpot(String clientSecret) {
        return new ConnectionForm(
                ExternalSystem.HUBSPOT,
                ConnectionMode.REAL,
                AuthFlow.HUBSPOT_OAUTH,
                "https://api.hubapi.com",
                "real-client-id",
                clientSecret,
                "real-refresh-token",
                null);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private String queuedAs(String id) {
        return jdbc.sql(
                        "SELECT object_type FROM sync_work WHERE source = 'HUBSPOT' AND record_id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElse(null);
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
        return post(url, url, Map.of(), body, timestamp, secret);
    }

    /** Posts to {@code target}, signed for {@code signedUrl}, as HubSpot signs what it calls. */
    private int post(
            String target,
            String signedUrl,
            Map<String, String> headers,
            String body,
            long timestamp,
            String secret)
            throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature =
                Base64.getEncoder()
                        .encodeToString(
                                mac.doFinal(
                                        ("POST" + signedUrl + body + timestamp)
                                                .getBytes(StandardCharsets.UTF_8)));
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(target))
                        .header("Content-Type", "application/json")
                        .header("X-HubSpot-Request-Timestamp", String.valueOf(timestamp))
                        .header("X-HubSpot-Signature-v3", signature)
                        .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.discarding())
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
