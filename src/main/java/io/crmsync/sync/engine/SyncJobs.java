package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.CallBudget;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** What the scheduled jobs do: poll both CRMs, and queue failed records whose retry is due. */
@Component
class SyncJobs {

    private final ChangePoller poller;
    private final SyncWorkers workers;
    private final ErrorStore errors;
    private final WorkQueue queue;
    private final Suspension suspension;
    private final EngineProperties properties;
    private final ObjectProvider<CallBudget> budget;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private volatile boolean ready;

    SyncJobs(
            ChangePoller poller,
            SyncWorkers workers,
            ErrorStore errors,
            WorkQueue queue,
            Suspension suspension,
            EngineProperties properties,
            ObjectProvider<CallBudget> budget,
            TransactionTemplate transactions,
            Clock clock) {
        this.poller = poller;
        this.workers = workers;
        this.errors = errors;
        this.queue = queue;
        this.suspension = suspension;
        this.properties = properties;
        this.budget = budget;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Polls start once the application is ready, after the sandboxes' demo data is in. */
    @org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
    @org.springframework.context.event.EventListener(
            org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void ready() {
        ready = true;
    }

    void poll() {
        if (!ready || !properties.enabled() || suspension.active(clock.instant())) {
            return;
        }
        if (poller.pollDue(properties.pollInterval(), properties.idlePollInterval()) > 0) {
            workers.wake();
        }
    }

    /**
     * Polls and syncs in the calling thread until nothing changes any more; returns how many
     * records it synced. Tests and benchmarks use it to wait for the sync to settle.
     */
    int settleNow() {
        int total = 0;
        for (int round = 0; round < 50; round++) {
            if (suspension.active(clock.instant())) {
                break;
            }
            int polled = poller.pollAll();
            int processed = workers.processDueNow();
            total += processed;
            if (polled == 0 && processed == 0) {
                break;
            }
        }
        return total;
    }

    /** Queues records whose retry is due, while the API budget still allows retries. */
    void retryDue() {
        if (!properties.enabled() || suspension.active(clock.instant())) {
            return;
        }
        CallBudget calls = budget.getIfAvailable(() -> CallBudget.UNLIMITED);
        if (!calls.mayRetry(ExternalSystem.SALESFORCE) || !calls.mayRetry(ExternalSystem.HUBSPOT)) {
            return;
        }
        List<ErrorStore.RecordKey> due = errors.dueForRetry(clock.instant(), 1000);
        if (due.isEmpty()) {
            return;
        }
        List<WorkItem> items =
                due.stream()
                        .map(
                                k ->
                                        WorkItem.byId(
                                                k.source(),
                                                k.objectType(),
                                                k.recordId(),
                                                WorkReason.RETRY,
                                                null))
                        .toList();
        transactions.executeWithoutResult(
                tx -> {
                    queue.enqueue(items, clock.instant());
                    errors.retryQueued(due);
                });
        workers.wake();
    }
}
