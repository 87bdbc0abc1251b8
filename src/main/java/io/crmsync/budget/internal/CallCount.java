package io.crmsync.budget.internal;

import io.crmsync.base.ExternalSystem;
import java.time.Instant;

/** The calls of one side, object, operation and status class in one minute. */
public record CallCount(
        Instant minute,
        ExternalSystem system,
        String objectType,
        String operation,
        String statusClass,
        long calls) {}
