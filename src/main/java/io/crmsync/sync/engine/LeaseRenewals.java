package io.crmsync.sync.engine;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Keeps a claimed batch's lease while its worker is on it: a third of the lease after the claim,
 * and every third of a lease after that, the claim is extended by a whole lease. A lease then only
 * runs out for a node that stopped (crashed, frozen, cut off from the database), and another node
 * takes its work; a slow batch (rate-limit waits, a lock wait) is never synced twice at once.
 */
@Component
class LeaseRenewals implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LeaseRenewals.class);

    private final WorkQueue queue;
    private final Duration lease;
    private final Clock clock;
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("sync-leases").daemon().factory());

    LeaseRenewals(WorkQueue queue, EngineProperties properties, Clock clock) {
        this.queue = queue;
        this.lease = properties.lease();
        this.clock = clock;
    }

    /** Renews the batch's claim until the returned handle is closed. */
    Held hold(List<WorkItem> batch) {
        long period = Math.max(1, lease.toMillis() / 3);
        Held held = new Held();
        held.future =
                timer.scheduleAtFixedRate(
                        () -> renew(batch, held), period, period, TimeUnit.MILLISECONDS);
        return held;
    }

    private void renew(List<WorkItem> batch, Held held) {
        try {
            if (!queue.renew(batch, clock.instant().plus(lease))) {
                log.info(
                        "The claim on a batch of {} records was lost; another worker may take"
                                + " them",
                        batch.size());
                held.close();
            }
        } catch (RuntimeException e) {
            log.debug("Renewing a batch's lease will be tried again: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }

    /** A batch's lease renewal; closing it stops renewing. */
    static final class Held implements AutoCloseable {

        private volatile ScheduledFuture<?> future;

        @Override
        public void close() {
            ScheduledFuture<?> f = future;
            if (f != null) {
                f.cancel(false);
            }
        }
    }
}
