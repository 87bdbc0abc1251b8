package io.crmsync.connector.salesforce.internal;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.ApiCall;
import io.crmsync.spi.ApiCallObserver;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells every {@link ApiCallObserver} of each call, with the org's daily usage when known. */
public final class CallReporter {

    private static final Logger log = LoggerFactory.getLogger(CallReporter.class);
    private static final Pattern USAGE = Pattern.compile("api-usage=(\\d+)/(\\d+)");

    private final Clock clock;
    private final List<ApiCallObserver> observers;

    public CallReporter(Clock clock, List<ApiCallObserver> observers) {
        this.clock = clock;
        this.observers = List.copyOf(observers);
    }

    Instant now() {
        return clock.instant();
    }

    void report(
            String objectType,
            String operation,
            int status,
            Instant start,
            long startNanos,
            String limitInfo) {
        Long used = null;
        Long limit = null;
        Matcher usage = USAGE.matcher(limitInfo == null ? "" : limitInfo);
        if (usage.find()) {
            used = Long.parseLong(usage.group(1));
            limit = Long.parseLong(usage.group(2));
        }
        ApiCall call =
                new ApiCall(
                        ExternalSystem.SALESFORCE,
                        objectType,
                        operation,
                        status,
                        start,
                        Duration.ofNanos(System.nanoTime() - startNanos),
                        used,
                        limit);
        for (ApiCallObserver observer : observers) {
            try {
                observer.onCall(call);
            } catch (RuntimeException e) {
                log.warn("API call observer {} failed", observer, e);
            }
        }
    }
}
