package io.crmsync.sandbox.hubspot;

import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * POSTs webhook events to the target URL in batches of up to 100, signed with signature v3, and
 * retries a batch on connection failure, timeout, 5xx or 429 with a doubling delay, as HubSpot
 * does.
 */
@Component
class WebhookDelivery {

    private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);
    static final int MAX_EVENTS = 100;

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService executor =
            Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().daemon().name("hubspot-webhooks").factory());
    private final SandboxClock clock;
    private final String clientSecret;

    WebhookDelivery(SandboxClock clock, HubSpotProperties properties) {
        this.clock = clock;
        this.clientSecret = properties.clientSecret();
        executor.scheduleWithFixedDelay(this::drainQuietly, 200, 200, TimeUnit.MILLISECONDS);
    }

    private void drainQuietly() {
        try {
            drain();
        } catch (RuntimeException e) {
            log.warn("HubSpot sandbox could not deliver webhook events", e);
        }
    }

    private record Pending(WebhookSettings settings, Map<String, Object> event) {}

    private final java.util.Queue<Pending> pending =
            new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** Queues events; every 200 ms the queue leaves in POSTs of up to 100 events per target. */
    void enqueue(WebhookSettings settings, List<Map<String, Object>> events) {
        events.forEach(event -> pending.add(new Pending(settings, event)));
    }

    private void drain() {
        Pending next;
        WebhookSettings batchSettings = null;
        List<Map<String, Object>> batch = new ArrayList<>();
        while ((next = pending.poll()) != null) {
            if (batchSettings != null
                    && (batch.size() == MAX_EVENTS || !next.settings().equals(batchSettings))) {
                send(batchSettings, batch, 0);
                batch = new ArrayList<>();
            }
            batchSettings = next.settings();
            batch.add(next.event());
        }
        if (!batch.isEmpty()) {
            send(batchSettings, batch, 0);
        }
    }

    private void send(WebhookSettings settings, List<Map<String, Object>> events, int attempt) {
        List<Map<String, Object>> attemptEvents = new ArrayList<>();
        for (Map<String, Object> event : events) {
            Map<String, Object> copy = new LinkedHashMap<>(event);
            copy.put("attemptNumber", attempt);
            attemptEvents.add(copy);
        }
        String body = Json.write(attemptEvents);
        long timestamp = clock.millis();
        boolean retry;
        try {
            HttpRequest request =
                    HttpRequest.newBuilder(URI.create(settings.targetUrl()))
                            .timeout(Duration.ofSeconds(5))
                            .header("Content-Type", "application/json")
                            .header("X-HubSpot-Request-Timestamp", String.valueOf(timestamp))
                            .header(
                                    "X-HubSpot-Signature-v3",
                                    WebhookSignature.v3(
                                            clientSecret,
                                            "POST",
                                            settings.targetUrl(),
                                            body,
                                            timestamp))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            retry = status >= 500 || status == 429;
        } catch (java.io.IOException e) {
            retry = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (retry && attempt < settings.maxRetries()) {
            long delay = settings.retryDelay().toMillis() << Math.min(attempt, 20);
            executor.schedule(
                    () -> send(settings, events, attempt + 1), delay, TimeUnit.MILLISECONDS);
        } else if (retry) {
            log.warn(
                    "HubSpot sandbox dropped {} webhook events for {} after {} attempts",
                    events.size(),
                    settings.targetUrl(),
                    attempt + 1);
        }
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
