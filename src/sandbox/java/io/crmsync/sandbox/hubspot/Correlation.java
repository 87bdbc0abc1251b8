package io.crmsync.sandbox.hubspot;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;

/**
 * The correlation id of a request: sent as {@code X-HubSpot-Correlation-Id} and in error bodies.
 */
final class Correlation {

    static final String HEADER = "X-HubSpot-Correlation-Id";
    private static final String ATTRIBUTE = Correlation.class.getName();

    private Correlation() {}

    static String id(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        if (id == null) {
            id = UUID.randomUUID().toString();
            request.setAttribute(ATTRIBUTE, id);
        }
        return (String) id;
    }
}
