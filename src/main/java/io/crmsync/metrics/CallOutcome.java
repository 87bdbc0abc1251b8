package io.crmsync.metrics;

/**
 * A call's outcome by its HTTP status, in the classes the connectors sort failures into (STYLE.md):
 * {@code success}, {@code retryable} (no answer, 408, 429, 5xx), {@code auth} (401), {@code fatal}
 * (403: API disabled, limit or permission) and {@code rejected} (any other 4xx).
 */
final class CallOutcome {

    static final String SUCCESS = "success";

    private CallOutcome() {}

    static String of(int status) {
        if (status >= 200 && status < 400) {
            return SUCCESS;
        }
        if (status == 0 || status == 408 || status == 429 || status >= 500) {
            return "retryable";
        }
        if (status == 401) {
            return "auth";
        }
        if (status == 403) {
            return "fatal";
        }
        return "rejected";
    }
}
