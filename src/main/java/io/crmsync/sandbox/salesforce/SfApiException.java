package io.crmsync.sandbox.salesforce;

import java.util.List;
import java.util.Map;

/** Ends a request with a Salesforce error status and body. */
class SfApiException extends RuntimeException {

    private final int status;
    private final Object body;

    SfApiException(int status, Object body) {
        super(String.valueOf(body), null, false, false);
        this.status = status;
        this.body = body;
    }

    SfApiException(int status, SfError error) {
        this(status, List.of(error.asTopLevel()));
    }

    static SfApiException notFound() {
        return new SfApiException(
                404,
                List.of(
                        Map.of(
                                "errorCode",
                                "NOT_FOUND",
                                "message",
                                "The requested resource does not exist")));
    }

    static SfApiException badRequest(String code, String message) {
        return new SfApiException(400, SfError.withoutFields(code, message));
    }

    int status() {
        return status;
    }

    Object body() {
        return body;
    }
}
