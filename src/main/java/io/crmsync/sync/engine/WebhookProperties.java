package io.crmsync.sync.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The HubSpot app whose webhooks the engine receives: {@code crmsync.hubspot.app-id}. Changes made
 * by this app are crmsync's own and are not synced back.
 */
@ConfigurationProperties("crmsync.hubspot")
record WebhookProperties(String appId) {

    WebhookProperties {
        appId = appId == null ? "1160452" : appId;
    }
}
