package io.crmsync.sync.engine;

import io.crmsync.spi.SyncFailure;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What syncing one batch produced, gathered while the remote calls run and stored afterwards in one
 * transaction: no database transaction is open during a remote call.
 */
final class BatchOutcome {

    final List<WorkItem> done = new ArrayList<>();
    final List<WorkItem> retry = new ArrayList<>();
    final List<RecordError> errors = new ArrayList<>();

    /** Source record ids that synced; their earlier errors are cleared. */
    final Set<String> synced = new LinkedHashSet<>();

    /** Link and field-state changes, applied inside the transaction. */
    final List<Consumer<LinkStore>> linkChanges = new ArrayList<>();

    /** Records to queue after this batch, such as the other side of a new link. */
    final List<WorkItem> followUps = new ArrayList<>();

    /** A failure that suspends the whole sync, and the CRM that reported it. */
    SyncFailure fatal;

    io.crmsync.base.ExternalSystem fatalSystem;

    /** Every item of the batch goes back to the queue, untouched, as when the sync suspends. */
    final List<WorkItem> released = new ArrayList<>();

    void failed(WorkItem item, RecordError error) {
        errors.add(error);
        done.add(item);
    }
}
