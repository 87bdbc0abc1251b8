package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.SimulatedApi;
import io.crmsync.sandbox.salesforce.store.JsonMaps;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * How injected faults look on the Salesforce side. Salesforce has no 429: its rate limit is a 403
 * REQUEST_LIMIT_EXCEEDED; a 503 is SERVER_UNAVAILABLE and a 500 UNKNOWN_EXCEPTION.
 */
@Component
class SalesforceSimulatedApi implements SimulatedApi {

    private final ErrorWriter errors;

    SalesforceSimulatedApi(ErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    public String system() {
        return "salesforce";
    }

    @Override
    public void writeRateLimited(HttpServletResponse response) throws IOException {
        errors.write(
                response,
                new SfApiException(
                        403,
                        SfError.withoutFields(
                                "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.")));
    }

    @Override
    public void writeServerError(HttpServletResponse response, int status) throws IOException {
        errors.write(
                response,
                new SfApiException(
                        status,
                        List.of(
                                status == 503
                                        ? JsonMaps.of(
                                                "errorCode",
                                                "SERVER_UNAVAILABLE",
                                                "message",
                                                "Server is temporarily unavailable; please try"
                                                        + " again later.")
                                        : JsonMaps.of(
                                                "errorCode",
                                                "UNKNOWN_EXCEPTION",
                                                "message",
                                                "An unexpected error occurred. Please include this"
                                                        + " ErrorId if you contact support:"
                                                        + " 1406914936-42 (-1294553920)"))));
    }
}
