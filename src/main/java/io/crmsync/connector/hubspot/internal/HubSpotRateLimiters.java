package io.crmsync.connector.hubspot.internal;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;

/**
 * The client-side limits of one HubSpot app: the burst limit per 10 seconds and the separate search
 * limit per second. HubSpot counts in rolling windows, while Resilience4j refills in fixed cycles;
 * one permit per {@code window / (limit - 1)} keeps any rolling window at or under the limit, where
 * {@code limit} permits per window could let twice as many through at a cycle edge.
 */
public record HubSpotRateLimiters(RateLimiter burst, RateLimiter search) {

    public static HubSpotRateLimiters of(String name, HubSpotOptions options) {
        return new HubSpotRateLimiters(
                limiter(
                        name + "-burst",
                        options.requestsPerTenSeconds(),
                        Duration.ofSeconds(10),
                        options),
                limiter(
                        name + "-search",
                        options.searchPerSecond(),
                        Duration.ofSeconds(1),
                        options));
    }

    private static RateLimiter limiter(
            String name, int limit, Duration window, HubSpotOptions options) {
        Duration spacing = limit <= 1 ? window : window.dividedBy(limit - 1);
        return RateLimiter.of(
                name,
                RateLimiterConfig.custom()
                        .limitForPeriod(1)
                        .limitRefreshPeriod(spacing.isZero() ? Duration.ofNanos(1) : spacing)
                        .timeoutDuration(options.permitWait())
                        .build());
    }
}
