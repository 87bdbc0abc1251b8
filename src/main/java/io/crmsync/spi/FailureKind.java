package io.crmsync.spi;

/** How the engine reacts to a failure. */
public enum FailureKind {
    /** I/O, 429, 5xx, a locked row: try again later, with backoff and within the API budget. */
    RETRYABLE,
    /** The token expired or was revoked: refresh once, then treat as {@link #FATAL}. */
    AUTH_EXPIRED,
    /**
     * The sync cannot go on (API limit reached, API disabled, object permission missing): suspend.
     */
    FATAL,
    /** The CRM refused this record; it becomes a sync error on the record and the rest go on. */
    RECORD_REJECTED
}
