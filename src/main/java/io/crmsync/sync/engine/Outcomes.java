package io.crmsync.sync.engine;

import io.crmsync.sync.spi.SyncFailure;

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
}
