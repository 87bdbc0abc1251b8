package io.crmsync.security;

import java.time.Instant;
import java.util.List;

/**
 * One row of the audit log. {@code before} and {@code after} are the JSON state around a change;
 * {@code changes} lists the fields that differ between them.
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String target,
        String before,
        String after,
        String details,
        List<FieldChange> changes) {

    /** A field whose value differs before and after a change; a missing side is null. */
    public record FieldChange(String field, String before, String after) {}
}
