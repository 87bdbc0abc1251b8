package io.crmsync.sync;

import io.crmsync.base.ExternalSystem;
import java.time.Instant;

/**
 * The whole sync is stopped (PRODUCT.md S5).
 *
 * @param code the CRM's error code that caused it
 * @param resumeAt when it ends by itself (the org's API limit resets), or null when an admin must
 *     clear it
 */
public record SyncSuspension(
        SuspensionCause cause,
        ExternalSystem system,
        String code,
        String message,
        Instant since,
        Instant resumeAt) {

    /** What it means and what to do, in plain language. */
    public ErrorAdvice advice() {
        return ErrorAdvice.ofSuspension(cause);
    }
}
