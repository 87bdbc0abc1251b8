package io.crmsync.connector.salesforce.internal;

import java.time.Duration;

/**
 * How the Salesforce connector behaves on the wire.
 *
 * @param timeout connect, read and write timeout of one HTTP call
 * @param maxAttempts attempts of one retryable call, the first included
 * @param initialBackoff the first wait before a retry; later waits double, with jitter
 * @param maxBackoff the cap of one wait, unless the server asked for longer with Retry-After
 * @param safetyLag how far behind "now" the change cursor stops (newer changes are returned but
 *     read again), since Salesforce may commit a change with a SystemModstamp earlier than one
 *     already visible
 * @param describeTtl how long a describe stays cached
 */
public record SalesforceTuning(
        Duration timeout,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration safetyLag,
        Duration describeTtl) {

    public static final SalesforceTuning DEFAULTS =
            new SalesforceTuning(
                    Duration.ofSeconds(120),
                    5,
                    Duration.ofMillis(500),
                    Duration.ofSeconds(30),
                    Duration.ofSeconds(15),
                    Duration.ofMinutes(10));

    public SalesforceTuning withSafetyLag(Duration lag) {
        return new SalesforceTuning(
                timeout, maxAttempts, initialBackoff, maxBackoff, lag, describeTtl);
    }
}
