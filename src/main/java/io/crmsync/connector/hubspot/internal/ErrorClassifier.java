package io.crmsync.connector.hubspot.internal;

import io.crmsync.spi.ErrorType;
import io.crmsync.spi.FailureKind;
import io.crmsync.spi.SyncFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns HubSpot's error envelopes into {@link SyncFailure}s: the failure of a whole call from its
 * status, and the failure of one record from its category, message and inner error codes.
 */
public final class ErrorClassifier {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ErrorClassifier() {}

    /** The failure of a call that HubSpot answered with a non-2xx status. */
    public static SyncFailure callFailure(int status, JsonNode body, Duration retryAfter) {
        String category = text(body, "category");
        String message = text(body, "message");
        if (status == 401) {
            return failure(FailureKind.AUTH_EXPIRED, ErrorType.CONNECTION, category, message);
        }
        if (status == 429) {
            String policy = text(body, "policyName");
            if ("DAILY".equals(policy)) {
                return failure(FailureKind.FATAL, ErrorType.CONNECTION, "DAILY", message);
            }
            Duration wait =
                    retryAfter != null
                            ? retryAfter
                            : Duration.ofSeconds("SECONDLY".equals(policy) ? 1 : 10);
            return new SyncFailure(
                    FailureKind.RETRYABLE,
                    ErrorType.CONNECTION,
                    policy == null ? "RATE_LIMITS" : policy,
                    message,
                    List.of(),
                    wait);
        }
        if (status >= 500) {
            return failure(
                    FailureKind.RETRYABLE,
                    ErrorType.CONNECTION,
                    category == null ? "HTTP_" + status : category,
                    message);
        }
        if (status == 403) {
            boolean scopes = "MISSING_SCOPES".equals(category);
            return failure(
                    FailureKind.FATAL,
                    scopes ? ErrorType.PERMISSIONS : ErrorType.CONNECTION,
                    category == null ? "FORBIDDEN" : category,
                    message);
        }
        return recordFailure(status, body);
    }

    /** The failure of one record, from a whole-call 4xx body or one entry of a 207's errors. */
    public static SyncFailure recordFailure(int status, JsonNode error) {
        String category = text(error, "category");
        String message = text(error, "message");
        List<String> fields = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        innerErrors(message, codes, fields);
        if (error != null && error.path("errors").isArray()) {
            for (JsonNode entry : error.path("errors")) {
                addIfText(codes, entry.path("code"));
                addIfText(fields, entry.path("in"));
                entry.path("context").path("propertyName").forEach(n -> addIfText(fields, n));
            }
        }
        String code =
                codes.isEmpty() ? (category == null ? "HTTP_" + status : category) : codes.get(0);
        return new SyncFailure(
                FailureKind.RECORD_REJECTED,
                type(status, category, message, codes),
                code,
                message,
                fields.stream().distinct().toList(),
                null);
    }

    private static ErrorType type(int status, String category, String message, List<String> codes) {
        String lowerMessage = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (status == 409
                || "CONFLICT".equals(category)
                || "OBJECT_ALREADY_EXISTS".equals(category)
                || lowerMessage.contains("already exists")) {
            return ErrorType.DUPLICATES;
        }
        if (status == 403 || "MISSING_SCOPES".equals(category)) {
            return ErrorType.PERMISSIONS;
        }
        if (codes.contains("INVALID_OPTION") || lowerMessage.contains("allowed options")) {
            return ErrorType.PICKLIST_VALUES;
        }
        if (lowerMessage.contains("association")
                || (category != null && category.contains("ASSOCIATION"))) {
            return ErrorType.ASSOCIATIONS;
        }
        return ErrorType.PROPERTY_VALUES;
    }

    /** HubSpot puts the per-property errors as a JSON array inside the message text. */
    private static void innerErrors(String message, List<String> codes, List<String> fields) {
        if (message == null || !message.startsWith("Property values were not valid")) {
            return;
        }
        int start = message.indexOf('[');
        if (start < 0) {
            return;
        }
        try {
            for (JsonNode issue : JSON.readTree(message.substring(start))) {
                addIfText(codes, issue.path("error"));
                addIfText(fields, issue.path("name"));
            }
        } catch (RuntimeException notJson) {
            // The text is all there is; the code falls back to the category.
        }
    }

    private static void addIfText(List<String> into, JsonNode node) {
        if (node != null && node.isString() && !node.asString().isEmpty()) {
            into.add(node.asString());
        }
    }

    private static SyncFailure failure(
            FailureKind kind, ErrorType type, String code, String message) {
        return new SyncFailure(kind, type, code, message, List.of(), null);
    }

    static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
