package io.crmsync.spi;

import java.time.Duration;
import java.util.List;

/**
 * A classified failure, as the CRM reported it.
 *
 * @param kind what the engine does next
 * @param type the error family shown to the admin; {@code null} for failures that are not about a
 *     record
 * @param code the CRM's own code ({@code REQUIRED_FIELD_MISSING}, {@code VALIDATION_ERROR})
 * @param message the CRM's message
 * @param fields the fields the CRM named, if any
 * @param retryAfter how long the CRM asked us to wait, if it said
 * @param rule the CRM's rule that refused the record, such as a Salesforce duplicate rule; null
 *     when it named none
 */
public record SyncFailure(
        FailureKind kind,
        ErrorType type,
        String code,
        String message,
        List<String> fields,
        Duration retryAfter,
        String rule) {

    public SyncFailure {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public SyncFailure(
            FailureKind kind,
            ErrorType type,
            String code,
            String message,
            List<String> fields,
            Duration retryAfter) {
        this(kind, type, code, message, fields, retryAfter, null);
    }
}
