package io.crmsync.sandbox;

import java.util.Map;
import java.util.stream.Stream;

/**
 * Faults injected into one simulated endpoint. Rates are probabilities from 0 to 1, rolled
 * independently per request in the order outage, reset, timeout, 429, 503, 500, malformed JSON; a
 * write that none of them stopped then rolls the lost response.
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
 * @param lostAfterWriteRate share of writes (POST, PUT, PATCH, DELETE) that are applied and
 *     committed, after which the connection drops without a response
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
        boolean outage,
        double lostAfterWriteRate) {

    public static final FaultSettings NONE =
            new FaultSettings(0, 0, 0, 0, 0, 0, 30_000, 0, 0, false, 0);

    static final long MAX_MILLIS = 120_000;

    /** The faults without a lost response after a write. */
    public FaultSettings(
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
        this(
                latencyMillis,
                jitterMillis,
                rate429,
                rate500,
                rate503,
                timeoutRate,
                timeoutMillis,
                malformedJsonRate,
                connectionResetRate,
                outage,
                0);
    }

    /** Whether nothing is injected; how long a timeout would hang does not matter then. */
    public boolean isNone() {
        return latencyMillis == 0
                && jitterMillis == 0
                && rate429 == 0
                && rate500 == 0
                && rate503 == 0
                && timeoutRate == 0
                && malformedJsonRate == 0
                && connectionResetRate == 0
                && !outage
                && lostAfterWriteRate == 0;
    }

    public FaultSettings withLostAfterWriteRate(double rate) {
        return new FaultSettings(
                latencyMillis,
                jitterMillis,
                rate429,
                rate500,
                rate503,
                timeoutRate,
                timeoutMillis,
                malformedJsonRate,
                connectionResetRate,
                outage,
                rate);
    }

    /** Throws {@link FaultSettingsRejected} naming the first setting out of range. */
    public void validate() {
        millis("latency", latencyMillis);
        millis("jitter", jitterMillis);
        millis("timeout", timeoutMillis);
        Stream.of(
                        Map.entry("rate429", rate429),
                        Map.entry("rate500", rate500),
                        Map.entry("rate503", rate503),
                        Map.entry("timeoutRate", timeoutRate),
                        Map.entry("malformedJsonRate", malformedJsonRate),
                        Map.entry("connectionResetRate", connectionResetRate),
                        Map.entry("lostAfterWriteRate", lostAfterWriteRate))
                .filter(rate -> rate.getValue() < 0 || rate.getValue() > 1)
                .findFirst()
                .ifPresent(
                        rate -> {
                            throw new FaultSettingsRejected(
                                    rate.getKey(), "Enter a share from 0 to 100 %.");
                        });
    }

    private static void millis(String field, long value) {
        if (value < 0 || value > MAX_MILLIS) {
            throw new FaultSettingsRejected(field, "Enter 0 to " + MAX_MILLIS + " ms.");
        }
    }
}
