package io.crmsync.health;

import static io.crmsync.base.ExternalSystem.HUBSPOT;
import static io.crmsync.base.ExternalSystem.SALESFORCE;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.health.internal.PaceQueries.Write;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SyncPaceTest {

    private final Instant now = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void theLagOfASingleChangeIsItsOwn() {
        Write one = new Write(now.minusSeconds(5), now.minusSeconds(12), true, 4);

        SyncPace pace = SyncPaceService.of(SALESFORCE, HUBSPOT, List.of(one), false, now);

        assertThat(pace.lag()).isEqualTo(Duration.ofSeconds(7));
        assertThat(pace.recordsPerMinute()).isEqualTo(0.2);
    }

    @Test
    void aChangeStampedAfterItsWriteByAFastClockCountsAsNoLag() {
        Write skewed = new Write(now.minusSeconds(5), now.minusSeconds(3), true, 1);

        SyncPace pace = SyncPaceService.of(SALESFORCE, HUBSPOT, List.of(skewed), false, now);

        assertThat(pace.lag()).isEqualTo(Duration.ZERO);
    }

    @Test
    void aSampleCutShortByABusyMinuteGivesTheRateOverTheTimeItSpans() {
        List<Write> lastTwoMinutes =
                IntStream.range(0, 1_000)
                        .mapToObj(
                                i -> {
                                    Instant at = now.minusMillis(120L * i);
                                    return new Write(at, at.minusSeconds(1), true, 20);
                                })
                        .toList();

        SyncPace pace = SyncPaceService.of(HUBSPOT, SALESFORCE, lastTwoMinutes, true, now);

        assertThat(pace.recordsPerMinute())
                .isCloseTo(500, org.assertj.core.data.Offset.offset(1.0));
        assertThat(pace.lag()).isEqualTo(Duration.ofSeconds(1));
    }
}
