package io.crmsync.sandbox.hubspot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The HubSpot sandbox's time: the application's clock plus an offset that the admin API can move
 * forward, so that tests expire tokens and roll rate-limit windows without waiting.
 */
@Component
class SandboxClock {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    SandboxClock(ObjectProvider<Clock> clocks) {
        this.base = clocks.getIfUnique(Clock::systemUTC);
    }

    void advance(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    Instant now() {
        return base.instant().plus(offset.get());
    }

    long millis() {
        return now().toEpochMilli();
    }
}
