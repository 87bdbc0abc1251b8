package io.crmsync.sandbox.hubspot;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;

/** HubSpot's cursor paging: {@code after} in, {@code paging.next.after} and a link out. */
final class Paging {

    private Paging() {}

    static long afterId(String after) {
        if (after == null || after.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(after.strip());
        } catch (NumberFormatException e) {
            throw HubSpotException.badRequest(
                    "after must be a cursor from a previous page, got " + after);
        }
    }

    static Map<String, Object> next(String after, HttpServletRequest request, int limit) {
        String link = request.getRequestURL() + "?after=" + after + "&limit=" + limit;
        return Map.of("next", Map.of("after", after, "link", link));
    }
}
