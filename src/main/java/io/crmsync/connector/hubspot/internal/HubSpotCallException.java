package io.crmsync.connector.hubspot.internal;

import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.SyncFailure;

/**
 * A failed HubSpot call: its HTTP status (0 when no answer came) and whether HubSpot may have
 * carried out the request all the same, which decides whether a create may be sent again.
 */
public class HubSpotCallException extends ConnectorException {

    private final int status;
    private final boolean mayHaveApplied;

    public HubSpotCallException(
            SyncFailure failure, int status, boolean mayHaveApplied, Throwable cause) {
        super(failure, cause);
        this.status = status;
        this.mayHaveApplied = mayHaveApplied;
    }

    public int status() {
        return status;
    }

    public boolean mayHaveApplied() {
        return mayHaveApplied;
    }
}
