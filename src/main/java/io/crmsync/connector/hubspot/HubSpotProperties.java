package io.crmsync.connector.hubspot;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the HubSpot connector paces and reads: {@code crmsync.hubspot.*}.
 *
 * @param requestsPerTenSeconds the app's share of HubSpot's burst limit
 * @param searchPerSecond the search API's own limit
 * @param safetyLag how far behind now a change read stops, so that late commits are not skipped
 * @param deletesEvery how often archived records are listed
 */
@ConfigurationProperties("crmsync.hubspot")
record HubSpotProperties(
        Integer requestsPerTenSeconds,
        Integer searchPerSecond,
        Duration safetyLag,
        Duration deletesEvery) {

    HubSpotProperties {
        requestsPerTenSeconds = requestsPerTenSeconds == null ? 190 : requestsPerTenSeconds;
        searchPerSecond = searchPerSecond == null ? 5 : searchPerSecond;
        safetyLag = safetyLag == null ? Duration.ofSeconds(10) : safetyLag;
        deletesEvery = deletesEvery == null ? Duration.ofMinutes(1) : deletesEvery;
    }
}
