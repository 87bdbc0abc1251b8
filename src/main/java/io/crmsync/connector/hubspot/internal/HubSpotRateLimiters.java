package io.crmsync.connector.hubspot.internal;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;

/**
 * The client-side limits of one HubSpot app: the burst limit, paced per second (a tenth of the
 * 10-second allowance each second) so that no rolling 10-second window sees a double burst at a
 * cycle boundary, and the separate search limit.
 */
public record HubSpotRateLimiters(RateLimiter burst, RateLimiter search) {

    public static HubSpotRateLimiters of(String name, HubSpotOptions options) {
        return new HubSpotRateLimiters(
                RateLimiter.of(
                        name + "-burst",
                        config(Math.max(1, options.requestsPerTenSeconds() / 10), options)),
                RateLimiter.of(
                        name + "-search", config(Math.max(1, options.searchPerSecond()), options)));
    }

    private static RateLimiterConfig config(int perSecond, HubSpotOptions options) {
        return RateLimiterConfig.custom()
                .limitForPeriod(perSecond)
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(options.permitWait())
                .build();
    }
}
