package io.crmsync.connector.hubspot.internal;

import java.time.Duration;

/**
 * How the HubSpot connector paces, retries and reads.
 *
 * @param requestsPerTenSeconds the client-side burst limit (HubSpot: 100 to 250 per 10 s per app)
 * @param searchPerSecond the client-side limit of search calls (HubSpot: 5 per second)
 * @param permitWait how long a call may wait for a permit before it fails as retryable
 * @param maxAttempts attempts per call, the first included
 * @param initialBackoff the first retry delay; it doubles with jitter on each attempt
 * @param maxBackoff the cap on any retry delay, Retry-After included
 * @param safetyLag how far behind the clock the change cursor stops (newer changes are returned but
 *     read again), for search's visibility delay
 * @param deletesEvery how long one listing of archived records serves the change reads (HubSpot
 *     cannot filter that list by time, so each listing reads all of them)
 * @param schemaTtl how long a describe result is kept
 * @param timeout connect, read and write timeout of one HTTP call
 */
public record HubSpotOptions(
        int requestsPerTenSeconds,
        int searchPerSecond,
        Duration permitWait,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration safetyLag,
        Duration deletesEvery,
        Duration schemaTtl,
        Duration timeout) {

    public static final HubSpotOptions DEFAULTS =
            new HubSpotOptions(
                    190,
                    5,
                    Duration.ofSeconds(30),
                    6,
                    Duration.ofMillis(500),
                    Duration.ofSeconds(30),
                    Duration.ofSeconds(30),
                    Duration.ofMinutes(1),
                    Duration.ofMinutes(10),
                    Duration.ofSeconds(30));

    public HubSpotOptions withSafetyLag(Duration lag) {
        return new HubSpotOptions(
                requestsPerTenSeconds,
                searchPerSecond,
                permitWait,
                maxAttempts,
                initialBackoff,
                maxBackoff,
                lag,
                deletesEvery,
                schemaTtl,
                timeout);
    }

    public HubSpotOptions withDeletesEvery(Duration every) {
        return new HubSpotOptions(
                requestsPerTenSeconds,
                searchPerSecond,
                permitWait,
                maxAttempts,
                initialBackoff,
                maxBackoff,
                safetyLag,
                every,
                schemaTtl,
                timeout);
    }

    public HubSpotOptions withRetries(int attempts, Duration initial, Duration max) {
        return new HubSpotOptions(
                requestsPerTenSeconds,
                searchPerSecond,
                permitWait,
                attempts,
                initial,
                max,
                safetyLag,
                deletesEvery,
                schemaTtl,
                timeout);
    }
}
