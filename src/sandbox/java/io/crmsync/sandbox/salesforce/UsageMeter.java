package io.crmsync.sandbox.salesforce;

import java.time.Clock;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Counts API requests in a rolling 24-hour window, by minute. */
@Component("salesforceUsageMeter")
class UsageMeter {

    private static final long WINDOW_MINUTES = 24 * 60;

    private final Clock clock;
    private final ConcurrentSkipListMap<Long, AtomicLong> byMinute = new ConcurrentSkipListMap<>();

    UsageMeter(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Counts one request and returns the usage including it. */
    long record() {
        long minute = clock.millis() / 60_000;
        byMinute.computeIfAbsent(minute, m -> new AtomicLong()).incrementAndGet();
        return used();
    }

    long used() {
        long minute = clock.millis() / 60_000;
        byMinute.headMap(minute - WINDOW_MINUTES, true).clear();
        return byMinute.values().stream().mapToLong(AtomicLong::get).sum();
    }

    void reset() {
        byMinute.clear();
    }
}
