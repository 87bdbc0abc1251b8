package io.crmsync.connector.hubspot.internal;

import java.util.List;
import java.util.Map;

/**
 * One call to make: method, path below the API base, query parameters (repeated when a list), a
 * JSON body or none, and how it is reported and retried.
 *
 * @param objectType the object the call is about, for the {@code ApiCall} report; may be null
 * @param operation the operation reported ({@code batch-create}, {@code search})
 * @param search whether it counts against the search limit rather than the burst limit
 * @param repeatable whether sending it twice does no harm; a create is not
 */
public record ApiRequest(
        String method,
        String path,
        Map<String, List<String>> query,
        Object body,
        String objectType,
        String operation,
        boolean search,
        boolean repeatable) {

    public static ApiRequest get(
            String path, Map<String, List<String>> query, String type, String op) {
        return new ApiRequest("GET", path, query, null, type, op, false, true);
    }

    public static ApiRequest post(String path, Object body, String type, String op) {
        return new ApiRequest("POST", path, Map.of(), body, type, op, false, true);
    }

    public ApiRequest notRepeatable() {
        return new ApiRequest(method, path, query, body, objectType, operation, search, false);
    }

    public ApiRequest asSearch() {
        return new ApiRequest(method, path, query, body, objectType, operation, true, repeatable);
    }
}
