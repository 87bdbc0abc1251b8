package io.crmsync.sandbox.hubspot;

import io.crmsync.sandbox.SandboxAutoConfiguration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * Turns record changes into webhook events for the subscriptions in force and hands them to the
 * {@link WebhookDelivery}. Settings are stored, so they survive a restart.
 */
@Component
@DependsOn(SandboxAutoConfiguration.SCHEMA_BEAN)
class Webhooks implements ChangeListener {

    private static final String KIND = "webhooks";

    private final DocumentStore documents;
    private final WebhookDelivery delivery;
    private final Portal portal;
    private final long appId;
    private final AtomicLong eventIds;
    private volatile WebhookSettings settings;

    Webhooks(
            DocumentStore documents,
            WebhookDelivery delivery,
            Portal portal,
            HubSpotProperties properties,
            SandboxClock clock) {
        this.documents = documents;
        this.delivery = delivery;
        this.portal = portal;
        this.appId = properties.appId();
        this.eventIds = new AtomicLong(clock.millis());
        Map<String, Object> stored = documents.all(KIND).get("settings");
        this.settings =
                stored == null
                        ? WebhookSettings.NONE
                        : Json.MAPPER.convertValue(stored, WebhookSettings.class);
    }

    WebhookSettings settings() {
        return settings;
    }

    void settings(WebhookSettings settings) {
        this.settings = settings;
        documents.put(KIND, "settings", settings);
    }

    @Override
    public void changed(List<Change> changes) {
        WebhookSettings current = settings;
        if (current.targetUrl() == null || current.subscriptions().isEmpty()) {
            return;
        }
        List<Map<String, Object>> events = new ArrayList<>();
        for (Change change : changes) {
            String eventType = change.type().singular() + "." + change.kind();
            for (WebhookSettings.Subscription s : current.subscriptions()) {
                if (s.active()
                        && s.eventType().equals(eventType)
                        && (s.propertyName() == null
                                || s.propertyName().equals(change.propertyName()))) {
                    events.add(event(s, change));
                }
            }
        }
        if (!events.isEmpty()) {
            delivery.enqueue(current, events);
        }
    }

    private Map<String, Object> event(WebhookSettings.Subscription subscription, Change change) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", eventIds.incrementAndGet());
        event.put("subscriptionId", subscription.id());
        event.put("portalId", portal.hubId());
        event.put("appId", appId);
        event.put("occurredAt", change.occurredAt());
        event.put("subscriptionType", change.type().singular() + "." + change.kind());
        event.put("attemptNumber", 0);
        event.put("objectId", change.objectId());
        if (change.propertyName() != null) {
            event.put("propertyName", change.propertyName());
            event.put("propertyValue", change.propertyValue());
        }
        event.put("changeSource", change.caller().changeSource());
        event.put("sourceId", change.caller().sourceId());
        event.putAll(change.extra());
        return event;
    }
}
