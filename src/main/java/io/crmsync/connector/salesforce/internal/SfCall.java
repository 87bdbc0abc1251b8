package io.crmsync.connector.salesforce.internal;

/**
 * One REST call to make.
 *
 * @param path below {@code /services/data/v62.0}, or a path starting with {@code /services/}
 * @param body an object to send as JSON, or null
 * @param retryable whether repeating it is harmless; false for creates, whose first attempt may
 *     have been saved even when no answer came back
 * @param longRunning whether it counts against the org's concurrent long-running request limit
 */
record SfCall(
        String method,
        String path,
        Object body,
        String objectType,
        String operation,
        boolean retryable,
        boolean longRunning,
        String queryOptions) {

    static SfCall query(String path, String objectType, String operation) {
        return new SfCall("GET", path, null, objectType, operation, true, true, "batchSize=2000");
    }

    static SfCall read(String path, String objectType, String operation) {
        return new SfCall("GET", path, null, objectType, operation, true, false, null);
    }

    static SfCall write(
            String method,
            String path,
            Object body,
            String objectType,
            String operation,
            boolean retryable) {
        return new SfCall(method, path, body, objectType, operation, retryable, false, null);
    }

    boolean isWrite() {
        return !"GET".equals(method);
    }
}
