package io.crmsync.sandbox.hubspot;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns every failure of the HubSpot controllers into HubSpot's error envelope, never a trace. */
@RestControllerAdvice(basePackageClasses = HubSpotErrorHandler.class)
class HubSpotErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(HubSpotErrorHandler.class);

    @ExceptionHandler(HubSpotException.class)
    ResponseEntity<Map<String, Object>> hubSpot(HubSpotException e, HttpServletRequest request) {
        return Json.response(e.status(), e.body(Correlation.id(request)));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(
            HttpMessageNotReadableException e, HttpServletRequest request) {
        String detail = e.getMostSpecificCause().getMessage();
        String firstLine = detail == null ? "" : detail.lines().findFirst().orElse("");
        return hubSpot(HubSpotException.badRequest("Invalid input JSON: " + firstLine), request);
    }

    @ExceptionHandler({
        MissingServletRequestParameterException.class,
        MethodArgumentTypeMismatchException.class,
        HttpMediaTypeNotSupportedException.class,
        ClassCastException.class,
        IllegalArgumentException.class
    })
    ResponseEntity<Map<String, Object>> badInput(Exception e, HttpServletRequest request) {
        return hubSpot(HubSpotException.badRequest("Invalid input: " + e.getMessage()), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> method(
            HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return hubSpot(new HubSpotException(405, "METHOD_NOT_ALLOWED", e.getMessage()), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e, HttpServletRequest request) {
        log.error(
                "HubSpot sandbox failed on {} {}", request.getMethod(), request.getRequestURI(), e);
        return hubSpot(new HubSpotException(500, "INTERNAL_ERROR", "internal error"), request);
    }
}
