package io.crmsync.sync.engine;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the engine runs: {@code crmsync.sync.*}.
 *
 * @param enabled whether this node polls and syncs at all
 * @param pollInterval how often each CRM is asked for changes while they come
 * @param idlePollInterval the longest wait between polls of a stream that has been quiet
 * @param workers how many batches this node syncs at once
 * @param lease how long a claimed batch stays with its worker before another may take it
 * @param retryInterval the wait before a failed record is tried again
 * @param retryAttempts how many times it is tried at that interval before nightly retries
 * @param nightlyRetryAt the time of day (UTC) of the nightly retry
 * @param transientBackoff the first wait after a retryable failure (doubling, with jitter)
 */
@ConfigurationProperties("crmsync.sync")
record EngineProperties(
        Boolean enabled,
        Duration pollInterval,
        Duration idlePollInterval,
        Integer workers,
        Duration lease,
        Duration retryInterval,
        Integer retryAttempts,
        LocalTime nightlyRetryAt,
        Duration transientBackoff) {

    EngineProperties {
        enabled = enabled == null || enabled;
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
        idlePollInterval = idlePollInterval == null ? Duration.ofSeconds(30) : idlePollInterval;
        workers = workers == null ? 4 : workers;
        if (workers < 1) {
            throw new IllegalArgumentException(
                    "crmsync.sync.workers (CRMSYNC_SYNC_WORKERS) must be at least 1, not "
                            + workers);
        }
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        retryInterval = retryInterval == null ? Duration.ofMinutes(20) : retryInterval;
        retryAttempts = retryAttempts == null ? 10 : retryAttempts;
        nightlyRetryAt = nightlyRetryAt == null ? LocalTime.of(2, 0) : nightlyRetryAt;
        transientBackoff = transientBackoff == null ? Duration.ofSeconds(5) : transientBackoff;
    }
}
