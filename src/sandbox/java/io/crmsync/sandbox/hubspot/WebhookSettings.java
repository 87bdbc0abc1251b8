package io.crmsync.sandbox.hubspot;

import java.time.Duration;
import java.util.List;

/**
 * Where and what the sandbox's app is told about changes, as a HubSpot app's webhook settings.
 *
 * @param targetUrl where batches of events are POSTed; null switches delivery off
 * @param subscriptions the event types wanted
 * @param maxRetries how often a failed delivery is tried again (HubSpot: 10)
 * @param retryDelay the wait before the first retry; it doubles with every further attempt
 */
public record WebhookSettings(
        String targetUrl, List<Subscription> subscriptions, int maxRetries, Duration retryDelay) {

    /**
     * One subscription.
     *
     * @param eventType for example {@code contact.creation} or {@code deal.propertyChange}
     * @param propertyName for {@code propertyChange}: the one property, or null for all
     */
    public record Subscription(long id, String eventType, String propertyName, boolean active) {}

    public static final WebhookSettings NONE =
            new WebhookSettings(null, List.of(), 10, Duration.ofSeconds(1));

    public WebhookSettings {
        subscriptions = subscriptions == null ? List.of() : List.copyOf(subscriptions);
        retryDelay = retryDelay == null ? Duration.ofSeconds(1) : retryDelay;
    }
}
