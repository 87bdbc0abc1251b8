package io.crmsync.sandbox;

/**
 * Faults injected into one simulated endpoint. Rates are probabilities from 0 to 1, rolled
 * independently per request in the order outage, reset, timeout, 429, 503, 500, malformed JSON.
 *
 * @param latencyMillis added to every response
 * @param jitterMillis a random extra of up to this much
 * @param rate429 share of requests answered with the API's own rate-limit error
 * @param rate500 share answered with the API's internal server error
 * @param rate503 share answered with service unavailable
 * @param timeoutRate share that hang for {@code timeoutMillis} and then drop the connection
 * @param timeoutMillis how long a timed-out request hangs
 * @param malformedJsonRate share answered 200 with a body cut off in the middle
 * @param connectionResetRate share whose connection is closed without a complete response
 * @param outage every request fails with 503, as during a maintenance window
 */
public record FaultSettings(
        long latencyMillis,
        long jitterMillis,
        double rate429,
        double rate500,
        double rate503,
        double timeoutRate,
        long timeoutMillis,
        double malformedJsonRate,
        double connectionResetRate,
        boolean outage) {

    public static final FaultSettings NONE =
            new FaultSettings(0, 0, 0, 0, 0, 0, 30_000, 0, 0, false);

    public boolean isNone() {
        return equals(NONE);
    }
}
