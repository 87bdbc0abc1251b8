package io.crmsync.sync.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The lag a user sees, from a single change in one sandbox to its arrival in the other, with the
 * shipped poll settings (poll interval 5 s, idle poll interval 30 s, safety lags Salesforce 15 s
 * and HubSpot 10 s) and HubSpot search's two-second indexing delay. Two independent rigs run at
 * once, each with sandboxes, database and node of its own: one by polling only, one with HubSpot's
 * webhooks sent to its node (which speed up HubSpot to Salesforce only). Each makes {@code
 * -Dcrmsync.bench.lag.changes} changes (100 by default), one contact each, in a random direction,
 * at random gaps of 0 to {@code -Dcrmsync.bench.lag.maxGapSeconds} (120 s by default), so that some
 * changes come after the streams have slowed to the idle interval. Prints each change's lag and
 * p50, p95 and max per mode and direction; asserts only that every change arrived.
 */
class ContactLagBenchmark {

    private static final int CHANGES = Integer.getInteger("crmsync.bench.lag.changes", 100);
    private static final Duration MAX_GAP =
            Duration.ofSeconds(Integer.getInteger("crmsync.bench.lag.maxGapSeconds", 120));
    private static final long SEED = Long.getLong("crmsync.bench.lag.seed", 14);

    @Test
    void lagAsUsersSeeItByPollingAndWithWebhooks() throws Exception {
        System.out.printf(
                "BENCH lag: %d changes per mode at random gaps of 0-%d s, seed %d%n",
                CHANGES, MAX_GAP.toSeconds(), SEED);
        try (BenchNodes nodes = new BenchNodes();
                LagRun polling = new LagRun("polling", false);
                LagRun webhooks = new LagRun("webhooks", true);
                ExecutorService pool = Executors.newFixedThreadPool(2)) {
            polling.prepare(nodes, CHANGES);
            webhooks.prepare(nodes, CHANGES);
            Future<?> first = pool.submit(() -> polling.run(SEED, MAX_GAP));
            Future<?> second = pool.submit(() -> webhooks.run(SEED + 1, MAX_GAP));
            first.get();
            second.get();
            polling.report();
            webhooks.report();
            for (LagRun run : new LagRun[] {polling, webhooks}) {
                assertThat(run.missing).as(run.mode + " changes that never showed").isEmpty();
                assertThat(run.toHubSpot.size() + run.toSalesforce.size()).isEqualTo(CHANGES);
            }
        }
    }
}
