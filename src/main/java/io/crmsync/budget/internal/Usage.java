package io.crmsync.budget.internal;

import io.crmsync.base.ExternalSystem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/** Calls of a side in the rolling 24 hours, stored or still in memory. */
@Component
public class Usage {

    public static final Duration WINDOW = Duration.ofHours(24);

    private final ApiCallRecorder recorder;
    private final Clock clock;

    Usage(ApiCallRecorder recorder, Clock clock) {
        this.recorder = recorder;
        this.clock = clock;
    }

    /** The first minute inside the rolling window. */
    public Instant windowStart() {
        return clock.instant().minus(WINDOW).truncatedTo(ChronoUnit.MINUTES).plusSeconds(60);
    }

    public long last24Hours(ExternalSystem system) {
        return recorder.total(system, windowStart());
    }

    public long failedLast24Hours(ExternalSystem system) {
        return recorder.failed(system, windowStart());
    }

    public long lastHour(ExternalSystem system) {
        Instant from = clock.instant().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
        return recorder.total(system, from);
    }
}
