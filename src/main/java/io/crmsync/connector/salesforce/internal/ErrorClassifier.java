package io.crmsync.connector.salesforce.internal;

import io.crmsync.spi.ErrorType;
import io.crmsync.spi.FailureKind;
import io.crmsync.spi.SyncFailure;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns Salesforce error codes and HTTP statuses into classified {@link SyncFailure}s. */
public final class ErrorClassifier {

    private static final Set<String> RETRYABLE =
            Set.of("UNABLE_TO_LOCK_ROW", "SERVER_UNAVAILABLE", "QUERY_TIMEOUT");
    private static final Set<String> FATAL =
            Set.of("REQUEST_LIMIT_EXCEEDED", "API_DISABLED_FOR_ORG", "API_CURRENTLY_DISABLED");
    private static final Set<String> PROPERTY_VALUES =
            Set.of(
                    "REQUIRED_FIELD_MISSING",
                    "STRING_TOO_LONG",
                    "INVALID_EMAIL_ADDRESS",
                    "INVALID_TYPE",
                    "INVALID_TYPE_ON_FIELD_IN_RECORD",
                    "NUMBER_OUTSIDE_VALID_RANGE",
                    "MALFORMED_ID");
    private static final Set<String> PICKLIST_VALUES =
            Set.of("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", "BAD_VALUE_FOR_RESTRICTED_PICKLIST");
    private static final Set<String> DUPLICATES = Set.of("DUPLICATES_DETECTED", "DUPLICATE_VALUE");
    private static final Set<String> CUSTOM_CODE =
            Set.of("FIELD_CUSTOM_VALIDATION_EXCEPTION", "CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY");
    private static final Set<String> PERMISSIONS =
            Set.of(
                    "INVALID_FIELD_FOR_INSERT_UPDATE",
                    "INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY",
                    "INSUFFICIENT_ACCESS_OR_READONLY");
    private static final Set<String> ASSOCIATIONS =
            Set.of("ENTITY_IS_DELETED", "INVALID_CROSS_REFERENCE_KEY");

    private ErrorClassifier() {}

    /** A failure of one record inside a collection result (the {@code statusCode} form). */
    public static SyncFailure record(String code, String message, List<String> fields) {
        return record(code, message, fields, null);
    }

    /** The same, with the rule that refused the record when Salesforce named one. */
    public static SyncFailure record(
            String code, String message, List<String> fields, String rule) {
        if (RETRYABLE.contains(code)) {
            return new SyncFailure(FailureKind.RETRYABLE, null, code, message, fields, null);
        }
        if (FATAL.contains(code)) {
            return new SyncFailure(
                    FailureKind.FATAL, ErrorType.CONNECTION, code, message, fields, null);
        }
        return new SyncFailure(
                FailureKind.RECORD_REJECTED,
                recordType(code, message, fields),
                code,
                message,
                fields,
                null,
                rule);
    }

    /** A failure of a whole call, from its HTTP status and the first error of its body. */
    public static SyncFailure call(
            int status, String code, String message, List<String> fields, Duration retryAfter) {
        String c = code == null ? "HTTP_" + status : code;
        if (status == 401 || "INVALID_SESSION_ID".equals(c)) {
            return new SyncFailure(
                    FailureKind.AUTH_EXPIRED, ErrorType.CONNECTION, c, message, fields, null);
        }
        if (status == 429 || status >= 500 || RETRYABLE.contains(c)) {
            return new SyncFailure(FailureKind.RETRYABLE, null, c, message, fields, retryAfter);
        }
        if (FATAL.contains(c)) {
            return new SyncFailure(
                    FailureKind.FATAL, ErrorType.CONNECTION, c, message, fields, retryAfter);
        }
        if (c.startsWith("INSUFFICIENT_ACCESS") || status == 403) {
            return new SyncFailure(
                    FailureKind.FATAL, ErrorType.PERMISSIONS, c, message, fields, null);
        }
        return new SyncFailure(
                FailureKind.FATAL, recordTypeOrNull(c, message, fields), c, message, fields, null);
    }

    /** An I/O failure or an unreadable answer: nothing is known, so try again. */
    public static SyncFailure transport(String code, String message) {
        return new SyncFailure(FailureKind.RETRYABLE, null, code, message, List.of(), null);
    }

    private static ErrorType recordTypeOrNull(String code, String message, List<String> fields) {
        ErrorType type = recordType(code, message, fields);
        return type == ErrorType.PROPERTY_VALUES && !PROPERTY_VALUES.contains(code) ? null : type;
    }

    static ErrorType recordType(String code, String message, List<String> fields) {
        if ("FIELD_INTEGRITY_EXCEPTION".equals(code)) {
            return isStateOrCountry(message, fields)
                    ? ErrorType.PICKLIST_VALUES
                    : ErrorType.PROPERTY_VALUES;
        }
        if (PICKLIST_VALUES.contains(code)) {
            return ErrorType.PICKLIST_VALUES;
        }
        if (DUPLICATES.contains(code)) {
            return ErrorType.DUPLICATES;
        }
        if (CUSTOM_CODE.contains(code)) {
            return ErrorType.CUSTOM_CODE;
        }
        if (PERMISSIONS.contains(code)) {
            return ErrorType.PERMISSIONS;
        }
        if (ASSOCIATIONS.contains(code)) {
            return ErrorType.ASSOCIATIONS;
        }
        return ErrorType.PROPERTY_VALUES;
    }

    private static boolean isStateOrCountry(String message, List<String> fields) {
        boolean field =
                fields != null
                        && fields.stream()
                                .anyMatch(
                                        f ->
                                                f.endsWith("State")
                                                        || f.endsWith("Country")
                                                        || f.endsWith("StateCode")
                                                        || f.endsWith("CountryCode"));
        String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
        return field || text.contains("country") || text.contains("state");
    }
}
