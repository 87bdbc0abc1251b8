package io.crmsync.sandbox.hubspot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error the simulated API answers with HubSpot's own envelope: {@code status}, {@code message},
 * {@code correlationId}, {@code category} and, when given, {@code errors}, {@code context}.
 */
class HubSpotException extends RuntimeException {

    private final int status;
    private final String category;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    HubSpotException(int status, String category, String message) {
        super(message, null, false, false);
        this.status = status;
        this.category = category;
    }

    static HubSpotException badRequest(String message) {
        return new HubSpotException(400, "VALIDATION_ERROR", message);
    }

    static HubSpotException notFound(String id) {
        return new HubSpotException(
                        404, "OBJECT_NOT_FOUND", "Object not found.  objectId are usually numeric.")
                .with("context", Map.of("id", List.of(id)));
    }

    static HubSpotException conflict(String message) {
        return new HubSpotException(409, "CONFLICT", message);
    }

    HubSpotException with(String key, Object value) {
        extra.put(key, value);
        return this;
    }

    int status() {
        return status;
    }

    String category() {
        return category;
    }

    /** The error envelope, for a response or for one entry of a 207 body's {@code errors}. */
    Map<String, Object> body(String correlationId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "error");
        body.put("message", getMessage());
        if (correlationId != null) {
            body.put("correlationId", correlationId);
        }
        body.put("category", category);
        body.putAll(extra);
        return body;
    }
}
