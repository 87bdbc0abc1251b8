package io.crmsync.sync.resilience;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * An application clock that runs {@link #AHEAD} ahead of the wall clock. The Salesforce connector
 * reads changes only once they are a minute old (its safety lag is not configurable), which would
 * make every real-time resilience test wait a minute per round; with this clock a change is visible
 * after about a second. Everything the engine compares with this clock (due times, leases, cursors'
 * horizons) is read from the same clock, and the CRMs' own timestamps are only compared with each
 * other, so the offset changes nothing else.
 *
 * <p>Deliberately not annotated: component scanning of {@code io.crmsync} must not pick it up in
 * other test contexts. Nodes register it as a source.
 */
public class AheadClockConfiguration {

    /** The Salesforce connector's safety lag less one second. */
    public static final Duration AHEAD = Duration.ofSeconds(59);

    @Bean
    @Primary
    Clock aheadClock() {
        return Clock.offset(Clock.systemUTC(), AHEAD);
    }
}
