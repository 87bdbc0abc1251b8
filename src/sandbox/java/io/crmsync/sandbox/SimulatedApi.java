package io.crmsync.sandbox;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * One simulated CRM API, as fault injection sees it: where it lives and how it words its errors, so
 * that an injected fault looks exactly like the real service's.
 */
public interface SimulatedApi {

    /** {@code salesforce} or {@code hubspot}; also the path segment after {@code /sandbox/}. */
    String system();

    /** Writes the API's own rate-limit response (status, headers such as Retry-After, and body). */
    void writeRateLimited(HttpServletResponse response) throws IOException;

    /** Writes the API's own error response for a 500 or 503. */
    void writeServerError(HttpServletResponse response, int status) throws IOException;
}
