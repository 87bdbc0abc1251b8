package io.crmsync.sync;

import io.crmsync.base.ExternalSystem;
import java.time.Instant;

/**
 * Why the whole sync is suspended (PRODUCT.md S5).
 *
 * @param cause {@code API_LIMIT}, {@code API_DISABLED}, {@code OBJECT_PERMISSIONS}, {@code
 *     AUTHENTICATION} or {@code UNKNOWN}
 * @param resumeAt when it resumes by itself (the org's API limit resets), or null
 */
public record SyncSuspension(
        String cause,
        ExternalSystem system,
        String code,
        String message,
        Instant since,
        Instant resumeAt) {}
