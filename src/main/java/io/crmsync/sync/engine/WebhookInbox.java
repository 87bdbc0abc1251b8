package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Queues the contacts of a verified webhook request. An event received before, by any node, is not
 * queued again; its key and the queued work are written in one transaction.
 */
@Component
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookInbox {

    /** What one request brought: events not seen before, and replayed ones. */
    record Received(int fresh, int repeated) {

        boolean onlyRepeats() {
            return fresh == 0 && repeated > 0;
        }
    }

    private final WebhookEvents seen;
    private final WorkQueue queue;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String ownAppId;

    WebhookInbox(
            WebhookEvents seen,
            WorkQueue queue,
            TransactionTemplate transactions,
            Clock clock,
            WebhookProperties properties) {
        this.seen = seen;
        this.queue = queue;
        this.transactions = transactions;
        this.clock = clock;
        this.ownAppId = properties.appId();
    }

    Received receive(JsonNode events) {
        Instant now = clock.instant();
        Received received = transactions.execute(status -> queueNew(events, now));
        seen.forgetOld();
        return received;
    }

    private Received queueNew(JsonNode events, Instant now) {
        List<WorkItem> items = new ArrayList<>();
        int repeated = 0;
        for (JsonNode event : events) {
            String key = WebhookEvents.key(event);
            if (key != null && !seen.firstSeen(key, now)) {
                repeated++;
            } else if (objectType(event) != null && !ours(event)) {
                items.add(
                        WorkItem.byId(
                                ExternalSystem.HUBSPOT,
                                objectType(event),
                                event.get("objectId").asString(),
                                WorkReason.CHANGE,
                                null));
            }
        }
        queue.enqueue(items, now);
        return new Received(events.size() - repeated, repeated);
    }

    /**
     * The HubSpot object a change event is about, among the synced ones; null for any other event.
     * A pair whose sync is off finishes such an item without a write.
     */
    private static String objectType(JsonNode event) {
        if (!event.hasNonNull("objectId")) {
            return null;
        }
        String subscription = event.path("subscriptionType").asString("");
        if (subscription.startsWith("contact.")) {
            return PairSchema.HUBSPOT_TYPE;
        }
        if (subscription.startsWith("company.")) {
            return PairSchema.COMPANIES;
        }
        if (subscription.startsWith("deal.")) {
            return PairSchema.DEALS;
        }
        return null;
    }

    /** crmsync's own writes come back as events from its app; the poll still sees them. */
    private boolean ours(JsonNode event) {
        return "INTEGRATION".equals(event.path("changeSource").asString(""))
                && ownAppId.equals(event.path("sourceId").asString(""));
    }
}
