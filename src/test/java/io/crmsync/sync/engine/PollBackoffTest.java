package io.crmsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollBackoffTest {

    private static final Duration INTERVAL = Duration.ofSeconds(5);
    private static final Duration IDLE = Duration.ofSeconds(30);

    @Test
    void aStreamKeepsTheIntervalForTwoEmptyPollsThenDoublesUpToTheIdleInterval() {
        assertThat(ChangePoller.waitAfter(0, INTERVAL, IDLE)).isEqualTo(INTERVAL);
        assertThat(ChangePoller.waitAfter(1, INTERVAL, IDLE)).isEqualTo(INTERVAL);
        assertThat(ChangePoller.waitAfter(2, INTERVAL, IDLE)).isEqualTo(INTERVAL);
        assertThat(ChangePoller.waitAfter(3, INTERVAL, IDLE)).isEqualTo(Duration.ofSeconds(10));
        assertThat(ChangePoller.waitAfter(4, INTERVAL, IDLE)).isEqualTo(Duration.ofSeconds(20));
        assertThat(ChangePoller.waitAfter(5, INTERVAL, IDLE)).isEqualTo(IDLE);
        assertThat(ChangePoller.waitAfter(500, INTERVAL, IDLE)).isEqualTo(IDLE);
    }

    @Test
    void thePollTaskLooksEveryQuarterSecondOrEveryIntervalIfShorter() {
        assertThat(SyncTasks.pollTick(INTERVAL)).isEqualTo(Duration.ofMillis(250));
        assertThat(SyncTasks.pollTick(Duration.ofMillis(100))).isEqualTo(Duration.ofMillis(100));
    }
}
