package io.crmsync.connector.hubspot.internal;

import java.time.Duration;
import java.util.function.Function;

/**
 * What HubSpot's {@code X-HubSpot-RateLimit-*} and {@code Retry-After} headers say. The daily
 * headers are absent for OAuth apps and on search; then the daily figures are null.
 */
record RateLimitHeaders(Long dailyLimit, Long dailyRemaining, Duration retryAfter) {

    static final RateLimitHeaders NONE = new RateLimitHeaders(null, null, null);

    static RateLimitHeaders of(Function<String, String> header) {
        Long seconds = number(header.apply("Retry-After"));
        return new RateLimitHeaders(
                number(header.apply("X-HubSpot-RateLimit-Daily")),
                number(header.apply("X-HubSpot-RateLimit-Daily-Remaining")),
                seconds == null ? null : Duration.ofSeconds(seconds));
    }

    Long dailyUsed() {
        return dailyLimit == null || dailyRemaining == null ? null : dailyLimit - dailyRemaining;
    }

    private static Long number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
