package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.ActiveConnections;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives HubSpot's contact webhooks (PRODUCT.md B1), so that a HubSpot change syncs in seconds
 * instead of at the next poll. Each event only queues its contact; the worker reads it in a batch.
 * Requests must carry a valid v3 signature made with the app's client secret and be recent; behind
 * a proxy, the signed URL is the one the proxy forwards (server.forward-headers-strategy). An event
 * received before is not queued again (docs/adr/023-webhook-hardening.md).
 */
@RestController
class HubSpotWebhookController {

    static final String PATH = "/webhooks/hubspot";

    /** HubSpot sends at most 100 events in one request. */
    static final int MAX_EVENTS = 100;

    private static final Logger log = LoggerFactory.getLogger(HubSpotWebhookController.class);
    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final ActiveConnections connections;
    private final WebhookInbox inbox;
    private final SyncWorkers workers;
    private final JsonMapper json;
    private final Clock clock;

    HubSpotWebhookController(
            ActiveConnections connections,
            WebhookInbox inbox,
            SyncWorkers workers,
            JsonMapper json,
            Clock clock) {
        this.connections = connections;
        this.inbox = inbox;
        this.workers = workers;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(PATH)
    ResponseEntity<Void> receive(
            HttpServletRequest request,
            @RequestHeader(name = "X-HubSpot-Signature-v3", required = false) String signature,
            @RequestHeader(name = "X-HubSpot-Request-Timestamp", required = false) Long timestamp,
            @RequestBody String body) {
        String secret = connections.webhookSecret(ExternalSystem.HUBSPOT).orElse(null);
        if (signature == null
                || timestamp == null
                || secret == null
                || Math.abs(clock.millis() - timestamp) > MAX_AGE.toMillis()
                || !valid(secret, url(request), body, timestamp, signature)) {
            log.warn("Refused a HubSpot webhook call without a valid, recent signature");
            return ResponseEntity.status(401).build();
        }
        JsonNode events = events(body);
        if (events == null) {
            log.warn("Refused a signed HubSpot webhook call whose body is not a list of events");
            return ResponseEntity.badRequest().build();
        }
        if (events.size() > MAX_EVENTS) {
            log.warn(
                    "Refused a HubSpot webhook call with {} events (HubSpot sends at most {})",
                    events.size(),
                    MAX_EVENTS);
            return ResponseEntity.badRequest().build();
        }
        WebhookInbox.Received received = inbox.receive(events);
        if (received.onlyRepeats()) {
            return ResponseEntity.ok().build();
        }
        workers.wake();
        return ResponseEntity.noContent().build();
    }

    /** The body's JSON array, or null when it is not one. */
    private JsonNode events(String body) {
        try {
            JsonNode tree = json.readTree(body);
            return tree != null && tree.isArray() ? tree : null;
        } catch (JacksonException notJson) {
            return null;
        }
    }

    private static String url(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURL() + (query == null ? "" : "?" + query);
    }

    static boolean valid(String secret, String url, String body, long timestamp, String signature) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected =
                    mac.doFinal(("POST" + url + body + timestamp).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(
                    Base64.getEncoder().encode(expected),
                    signature.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
