package io.crmsync.sandbox.hubspot;

/**
 * The request limits of one token.
 *
 * @param perTenSeconds the burst limit (HubSpot's {@code TEN_SECONDLY_ROLLING} policy)
 * @param daily the daily limit of the portal ({@code DAILY})
 * @param searchPerSecond the search limit ({@code SECONDLY})
 */
public record RateLimits(int perTenSeconds, int daily, int searchPerSecond) {

    /** Limits so high that nothing is ever refused, for benchmarks. */
    public static final RateLimits UNLIMITED =
            new RateLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);
}
