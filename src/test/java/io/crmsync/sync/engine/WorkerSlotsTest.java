package io.crmsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.CrmRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;

class WorkerSlotsTest {

    private final Semaphore slots = new Semaphore(1);

    @Test
    void aClaimThatFailsGivesItsWorkerSlotBack() {
        slots.acquireUninterruptibly();

        assertThatThrownBy(
                        () ->
                                SyncWorkers.claimHolding(
                                        slots,
                                        () -> {
                                            throw new CannotAcquireLockException("Deadlock found");
                                        }))
                .isInstanceOf(CannotAcquireLockException.class);

        assertThat(slots.availablePermits()).isEqualTo(1);
    }

    @Test
    void anEmptyClaimGivesItsSlotBackAndAClaimedBatchKeepsIt() {
        slots.acquireUninterruptibly();
        assertThat(SyncWorkers.claimHolding(slots, List::of)).isEmpty();
        assertThat(slots.availablePermits()).isEqualTo(1);

        slots.acquireUninterruptibly();
        WorkItem item =
                WorkItem.of(
                        ExternalSystem.SALESFORCE,
                        new CrmRecord("003A", "Contact", Map.of(), Instant.EPOCH, false, null),
                        WorkReason.CHANGE,
                        null);
        assertThat(SyncWorkers.claimHolding(slots, () -> List.of(item))).containsExactly(item);
        assertThat(slots.availablePermits()).isZero();
    }
}
