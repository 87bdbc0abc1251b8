package io.crmsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HubSpotWebhooksIT {

    private record Delivery(String body, String signature, String timestamp, boolean valid) {}

    private final HubSpotHttp api = HubSpotHttp.unlimited();
    private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private HttpServer receiver;
    private String url;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        receiver.createContext(
                "/hooks",
                exchange -> {
                    String body =
                            new String(
                                    exchange.getRequestBody().readAllBytes(),
                                    StandardCharsets.UTF_8);
                    String signature =
                            exchange.getRequestHeaders().getFirst("X-HubSpot-Signature-v3");
                    String timestamp =
                            exchange.getRequestHeaders().getFirst("X-HubSpot-Request-Timestamp");
                    int status = failuresLeft.getAndDecrement() > 0 ? 503 : 204;
                    deliveries.add(
                            new Delivery(
                                    body,
                                    signature,
                                    timestamp,
                                    expected(url, body, timestamp).equals(signature)));
                    exchange.sendResponseHeaders(status, -1);
                    exchange.close();
                });
        receiver.start();
        url = "http://localhost:" + receiver.getAddress().getPort() + "/hooks";
        HubSpotHttp.sandbox()
                .setWebhookSettings(
                        new WebhookSettings(
                                url,
                                List.of(
                                        new WebhookSettings.Subscription(
                                                1, "contact.creation", null, true),
                                        new WebhookSettings.Subscription(
                                                2, "contact.propertyChange", "firstname", true),
                                        new WebhookSettings.Subscription(
                                                3, "contact.deletion", null, true)),
                                3,
                                Duration.ofMillis(50)));
    }

    @AfterEach
    void stopReceiver() {
        HubSpotHttp.sandbox().setWebhookSettings(WebhookSettings.NONE);
        receiver.stop(0);
    }

    private static String expected(String uri, String body, String timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(
                    new SecretKeySpec(
                            "sandbox-client-secret".getBytes(StandardCharsets.UTF_8),
                            "HmacSHA256"));
            return java.util.Base64.getEncoder()
                    .encodeToString(
                            mac.doFinal(
                                    ("POST" + uri + body + timestamp)
                                            .getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Delivery next() throws InterruptedException {
        Delivery delivery = deliveries.poll(10, TimeUnit.SECONDS);
        assertThat(delivery).as("a webhook delivery").isNotNull();
        return delivery;
    }

    @Test
    void integrationChangesArriveSignedAndMarkedAsIntegration() throws Exception {
        String email = "hook." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String id =
                (String)
                        api.post(
                                        "/crm/v3/objects/contacts",
                                        Map.of(
                                                "properties",
                                                Map.of("email", email, "firstname", "Hook")))
                                .json()
                                .get("id");

        Delivery delivery = next();
        assertThat(delivery.valid()).isTrue();
        List<Map<String, Object>> events =
                Json.MAPPER.readValue(
                        delivery.body(),
                        new tools.jackson.core.type.TypeReference<List<Map<String, Object>>>() {});
        assertThat(events)
                .extracting(e -> e.get("subscriptionType"))
                .contains("contact.creation", "contact.propertyChange");
        Map<String, Object> creation =
                events.stream()
                        .filter(e -> e.get("subscriptionType").equals("contact.creation"))
                        .findFirst()
                        .orElseThrow();
        assertThat(creation.get("objectId").toString()).isEqualTo(id);
        assertThat(creation)
                .containsEntry("changeSource", "INTEGRATION")
                .containsEntry("sourceId", "1160452")
                .containsEntry("attemptNumber", 0)
                .containsKeys("eventId", "subscriptionId", "portalId", "appId", "occurredAt");
        assertThat(events).noneMatch(e -> "email".equals(e.get("propertyName")));
    }

    @Test
    void personChangesAreMarkedCrmUiAndFailedDeliveriesAreRetried() throws Exception {
        failuresLeft.set(1);
        var person =
                HubSpotHttp.sandbox()
                        .create(
                                "contacts",
                                Map.of(
                                        "email",
                                        "ui."
                                                + UUID.randomUUID().toString().substring(0, 8)
                                                + "@example.com"));

        Delivery failed = next();
        Delivery retried = next();
        assertThat(failed.body()).contains("\"attemptNumber\":0", "\"changeSource\":\"CRM_UI\"");
        assertThat(retried.body()).contains("\"attemptNumber\":1", "\"objectId\":" + person.id());
        assertThat(retried.valid()).isTrue();

        api.delete("/crm/v3/objects/contacts/" + person.id());
        assertThat(next().body()).contains("contact.deletion");
    }
}
