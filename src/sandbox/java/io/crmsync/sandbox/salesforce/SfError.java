package io.crmsync.sandbox.salesforce;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Salesforce error. Top-level REST errors name the code {@code errorCode}; per-record results
 * in collections name it {@code statusCode}. A null {@code fields} is left out of the body, as the
 * real API does for query and some create errors.
 */
record SfError(String code, String message, List<String> fields, Map<String, Object> extra) {

    SfError(String code, String message, List<String> fields) {
        this(code, message, fields, null);
    }

    static SfError of(String code, String message, String... fields) {
        return new SfError(code, message, List.of(fields));
    }

    static SfError withoutFields(String code, String message) {
        return new SfError(code, message, null);
    }

    Map<String, Object> asTopLevel() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        body.put("errorCode", code);
        if (fields != null) {
            body.put("fields", fields);
        }
        if (extra != null) {
            body.putAll(extra);
        }
        return body;
    }

    Map<String, Object> asRecordError() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statusCode", code);
        body.put("message", message);
        body.put("fields", fields == null ? List.of() : fields);
        if (extra != null) {
            body.putAll(extra);
        }
        return body;
    }
}
