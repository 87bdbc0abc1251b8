package io.crmsync.connector.hubspot.internal;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.ApiCall;
import io.crmsync.spi.ApiCallObserver;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells every {@link ApiCallObserver} of each call; an observer that throws is logged. */
public record CallReporter(Clock clock, List<ApiCallObserver> observers) {

    private static final Logger log = LoggerFactory.getLogger(CallReporter.class);

    public CallReporter {
        observers = List.copyOf(observers);
    }

    void report(
            String objectType,
            String operation,
            int status,
            Instant at,
            Duration elapsed,
            Long dailyUsed,
            Long dailyLimit) {
        ApiCall call =
                new ApiCall(
                        ExternalSystem.HUBSPOT,
                        objectType,
                        operation,
                        status,
                        at,
                        elapsed,
                        dailyUsed,
                        dailyLimit);
        for (ApiCallObserver observer : observers) {
            try {
                observer.onCall(call);
            } catch (RuntimeException e) {
                log.warn("API call observer {} failed", observer.getClass().getName(), e);
            }
        }
    }
}
