package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.store.JsonMaps;
import java.util.List;

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
                        JsonMaps.of(
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
