package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.store.JsonMaps;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns every failure in the Salesforce sandbox into the body the real API sends; never a stack
 * trace.
 */
@RestControllerAdvice(basePackageClasses = SalesforceErrorAdvice.class)
class SalesforceErrorAdvice {

    static final MediaType JSON = MediaType.parseMediaType("application/json;charset=UTF-8");

    @ExceptionHandler(SfApiException.class)
    ResponseEntity<Object> api(SfApiException e) {
        return ResponseEntity.status(e.status()).contentType(JSON).body(e.body());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadable(HttpMessageNotReadableException e) {
        String detail = e.getMostSpecificCause().getMessage();
        String message =
                detail == null
                        ? "Unexpected end-of-input"
                        : detail.lines().findFirst().orElse(detail);
        return api(SfApiException.badRequest("JSON_PARSER_ERROR", message));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Object> missing(MissingServletRequestParameterException e) {
        return api(
                SfApiException.badRequest("MALFORMED_QUERY", "A query string has to be specified"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Object> method(HttpRequestMethodNotSupportedException e) {
        return api(
                new SfApiException(
                        405,
                        List.of(
                                JsonMaps.of(
                                        "errorCode",
                                        "METHOD_NOT_ALLOWED",
                                        "message",
                                        "HTTP Method '"
                                                + e.getMethod()
                                                + "' not allowed. Allowed are "
                                                + String.join(
                                                        ",",
                                                        e.getSupportedMethods() == null
                                                                ? new String[0]
                                                                : e.getSupportedMethods())))));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Object> mediaType(HttpMediaTypeNotSupportedException e) {
        return api(
                new SfApiException(
                        415,
                        List.of(
                                JsonMaps.of(
                                        "errorCode",
                                        "UNSUPPORTED_MEDIA_TYPE",
                                        "message",
                                        "Content-Type header specified in HTTP request is not"
                                                + " supported: "
                                                + e.getContentType()))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        org.slf4j.LoggerFactory.getLogger(SalesforceErrorAdvice.class)
                .warn("Salesforce sandbox failed a request", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .contentType(JSON)
                .body(
                        List.of(
                                JsonMaps.of(
                                        "errorCode",
                                        "UNKNOWN_EXCEPTION",
                                        "message",
                                        "An unexpected error occurred. Please include this ErrorId"
                                                + " if you contact support: 1406914936-42"
                                                + " (-1294553920)")));
    }
}
