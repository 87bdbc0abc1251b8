package io.crmsync.sandbox.hubspot;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Start-up settings of the HubSpot sandbox ({@code crmsync.sandbox.hubspot.*}). The defaults are
 * development values, documented here so that a developer can point a client at the sandbox at
 * once.
 *
 * @param privateAppToken the private-app token accepted from the start (dev default {@code
 *     pat-na1-sandbox-token})
 * @param clientId the OAuth app's client id (dev default {@code sandbox-client-id})
 * @param clientSecret the OAuth app's client secret, also the key of webhook signatures
 * @param appId the id of the app that owns the tokens; webhook events and record sources carry it
 * @param searchVisibilityDelay how long a change takes to reach the search index
 * @param burstLimit requests per ten seconds per token
 * @param dailyLimit requests per day per portal
 * @param searchPerSecond search requests per second per token
 */
@ConfigurationProperties("crmsync.sandbox.hubspot")
public record HubSpotProperties(
        String privateAppToken,
        String clientId,
        String clientSecret,
        Long appId,
        Duration searchVisibilityDelay,
        Integer burstLimit,
        Integer dailyLimit,
        Integer searchPerSecond) {

    public HubSpotProperties {
        privateAppToken = privateAppToken == null ? "pat-na1-sandbox-token" : privateAppToken;
        clientId = clientId == null ? "sandbox-client-id" : clientId;
        clientSecret = clientSecret == null ? "sandbox-client-secret" : clientSecret;
        appId = appId == null ? 1160452L : appId;
        searchVisibilityDelay =
                searchVisibilityDelay == null ? Duration.ofSeconds(2) : searchVisibilityDelay;
        burstLimit = burstLimit == null ? 190 : burstLimit;
        dailyLimit = dailyLimit == null ? 1_000_000 : dailyLimit;
        searchPerSecond = searchPerSecond == null ? 5 : searchPerSecond;
    }
}
