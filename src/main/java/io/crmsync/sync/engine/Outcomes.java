package io.crmsync.sync.engine;

import io.crmsync.spi.SyncFailure;

/** Where a failed record goes, by the kind of its failure. */
final class Outcomes {

    private Outcomes() {}

    /**
     * A failed write; {@code error.source()} is where the change came from, so the other side
     * failed.
     */
    static void failed(BatchOutcome out, WorkItem item, SyncFailure failure, RecordError error) {
        switch (failure.kind()) {
            case RECORD_REJECTED -> out.failed(item, error);
            case RETRYABLE -> out.retry.add(item);
            case FATAL, AUTH_EXPIRED -> {
                if (out.fatal == null) {
                    out.fatal = failure;
                    out.fatalSystem = item.source().other();
                }
                out.released.add(item);
            }
        }
    }

    /** A whole batch failed with one failure: retried, or released when the sync suspends. */
    static void failedAll(BatchOutcome out, java.util.List<WorkItem> items, SyncFailure failure) {
        for (WorkItem item : items) {
            switch (failure.kind()) {
                case RETRYABLE, RECORD_REJECTED -> out.retry.add(item);
                case FATAL, AUTH_EXPIRED -> {
                    if (out.fatal == null) {
                        out.fatal = failure;
                        out.fatalSystem = item.source().other();
                    }
                    out.released.add(item);
                }
            }
        }
    }

    /**
     * The results of a batch write; a call that failed as a whole fails each of its records with
     * the same failure, so that each goes where its kind says.
     */
    static java.util.List<io.crmsync.spi.WriteResult> written(
            java.util.function.Supplier<java.util.List<io.crmsync.spi.WriteResult>> call,
            java.util.List<io.crmsync.spi.RecordWrite> writes) {
        try {
            return call.get();
        } catch (io.crmsync.spi.ConnectorException e) {
            return writes.stream()
                    .map(
                            w ->
                                    new io.crmsync.spi.WriteResult(
                                            w.reference(), null, false, e.failure()))
                    .toList();
        }
    }
}
