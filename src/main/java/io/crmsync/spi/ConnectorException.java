package io.crmsync.spi;

/** A call that failed as a whole, with its classification. */
public class ConnectorException extends RuntimeException {

    private final SyncFailure failure;

    public ConnectorException(SyncFailure failure, Throwable cause) {
        super(failure.code() + ": " + failure.message(), cause);
        this.failure = failure;
    }

    public SyncFailure failure() {
        return failure;
    }
}
