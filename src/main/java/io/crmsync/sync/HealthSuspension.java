package io.crmsync.sync;

import io.crmsync.base.ExternalSystem;
import java.time.Instant;

/**
 * The whole sync is stopped (PRODUCT.md S5).
 *
 * @param cause {@code API_LIMIT}, {@code API_DISABLED}, {@code OBJECT_PERMISSIONS}, {@code
 *     AUTHENTICATION} or {@code UNKNOWN}
 * @param resumeAt when it ends by itself (an API limit), or null when an admin must clear it
 * @param advice what it means and what to do, in plain language
 */
public record HealthSuspension(
        String cause,
        ExternalSystem system,
        String code,
        String message,
        Instant since,
        Instant resumeAt,
        ErrorAdvice advice) {}
