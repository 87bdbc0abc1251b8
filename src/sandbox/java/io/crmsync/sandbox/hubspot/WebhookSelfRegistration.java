package io.crmsync.sandbox.hubspot;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the sandbox runs inside crmsync, it sends its contact webhooks to crmsync's own endpoint, as
 * a HubSpot app configured for crmsync would: HubSpot changes then sync in seconds. Only when no
 * webhook target was set before, and only when {@code crmsync.sandbox.hubspot.webhooks-to-self} is
 * on.
 */
@Component
class WebhookSelfRegistration {

    private final Webhooks webhooks;
    private final boolean enabled;

    WebhookSelfRegistration(
            Webhooks webhooks,
            @Value("${crmsync.sandbox.hubspot.webhooks-to-self:false}") boolean enabled) {
        this.webhooks = webhooks;
        this.enabled = enabled;
    }

    @EventListener
    void onServerStarted(WebServerInitializedEvent event) {
        if (!enabled
                || event.getApplicationContext().getServerNamespace() != null
                || webhooks.settings().targetUrl() != null) {
            return;
        }
        String target = "http://localhost:" + event.getWebServer().getPort() + "/webhooks/hubspot";
        webhooks.settings(
                new WebhookSettings(
                        target,
                        List.of(
                                new WebhookSettings.Subscription(1, "contact.creation", null, true),
                                new WebhookSettings.Subscription(
                                        2, "contact.propertyChange", null, true),
                                new WebhookSettings.Subscription(3, "contact.deletion", null, true),
                                new WebhookSettings.Subscription(4, "company.creation", null, true),
                                new WebhookSettings.Subscription(
                                        5, "company.propertyChange", null, true),
                                new WebhookSettings.Subscription(6, "company.deletion", null, true),
                                new WebhookSettings.Subscription(7, "deal.creation", null, true),
                                new WebhookSettings.Subscription(
                                        8, "deal.propertyChange", null, true),
                                new WebhookSettings.Subscription(9, "deal.deletion", null, true)),
                        10,
                        null));
    }
}
