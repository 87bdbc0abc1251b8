package io.crmsync.spi;

/**
 * The outcome of one {@link RecordWrite}: the CRM id on success ({@code created} tells whether a
 * new record was made), or the classified failure of this record alone.
 */
public record WriteResult(String reference, String id, boolean created, SyncFailure failure) {

    public boolean succeeded() {
        return failure == null;
    }
}
