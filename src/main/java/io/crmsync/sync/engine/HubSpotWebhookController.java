package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.sync.spi.ActiveConnections;
import io.crmsync.sync.spi.ConnectionSettings;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives HubSpot's contact webhooks (PRODUCT.md B1), so that a HubSpot change syncs in seconds
 * instead of at the next poll. Each event only queues its contact; the worker reads it in a batch.
 * Requests must carry a valid v3 signature made with the app's client secret and be recent.
 */
@RestController
class HubSpotWebhookController {

    static final String PATH = "/webhooks/hubspot";
    private static final Logger log = LoggerFactory.getLogger(HubSpotWebhookController.class);
    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final ActiveConnections connections;
    private final WorkQueue queue;
    private final SyncWorkers workers;
    private final JsonMapper json;
    private final Clock clock;
    private final String ownAppId;

    HubSpotWebhookController(
            ActiveConnections connections,
            WorkQueue queue,
            SyncWorkers workers,
            JsonMapper json,
            Clock clock,
            @org.springframework.beans.factory.annotation.Value("${crmsync.hubspot.app-id:1160452}")
                    String ownAppId) {
        this.ownAppId = ownAppId;
        this.connections = connections;
        this.queue = queue;
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
        ConnectionSettings settings = connections.current(ExternalSystem.HUBSPOT).orElse(null);
        if (signature == null
                || timestamp == null
                || settings == null
                || settings.clientSecret() == null
                || Math.abs(clock.millis() - timestamp) > MAX_AGE.toMillis()
                || !valid(settings.clientSecret(), url(request), body, timestamp, signature)) {
            log.warn("Refused a HubSpot webhook call without a valid, recent signature");
            return ResponseEntity.status(401).build();
        }
        List<WorkItem> items = new ArrayList<>();
        for (JsonNode event : json.readTree(body)) {
            String type = event.path("subscriptionType").asString("");
            if (type.startsWith("contact.") && event.hasNonNull("objectId") && !ours(event)) {
                items.add(
                        WorkItem.byId(
                                ExternalSystem.HUBSPOT,
                                ContactSchema.HUBSPOT_TYPE,
                                event.get("objectId").asString(),
                                WorkReason.CHANGE,
                                null));
            }
        }
        queue.enqueue(items, clock.instant());
        workers.wake();
        return ResponseEntity.noContent().build();
    }

    /** crmsync's own writes come back as events from its app; the poll still sees them. */
    private boolean ours(JsonNode event) {
        return "INTEGRATION".equals(event.path("changeSource").asString(""))
                && ownAppId.equals(event.path("sourceId").asString(""));
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
