package io.crmsync.sandbox.hubspot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;

/**
 * The body of a batch answer: {@code status}, {@code results} in no particular order (reversed, so
 * that clients cannot come to rely on input order), and for partial success {@code numErrors} and
 * {@code errors} with status 207.
 */
final class BatchResult {

    private final List<Map<String, Object>> results = new ArrayList<>();
    private final List<Map<String, Object>> errors = new ArrayList<>();
    private final String startedAt;

    BatchResult(long startedAt) {
        this.startedAt = Times.iso(startedAt);
    }

    void result(Map<String, Object> result) {
        results.add(result);
    }

    void error(HubSpotException error, Map<String, Object> context) {
        Map<String, Object> entry = error.body(null);
        if (!context.isEmpty()) {
            entry.put("context", context);
        }
        errors.add(entry);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    ResponseEntity<Map<String, Object>> response(int successStatus, long completedAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "COMPLETE");
        body.put("results", results.reversed());
        if (!errors.isEmpty()) {
            body.put("numErrors", errors.size());
            body.put("errors", errors);
        }
        body.put("startedAt", startedAt);
        body.put("completedAt", Times.iso(completedAt));
        return Json.response(errors.isEmpty() ? successStatus : 207, body);
    }
}
