package io.crmsync.sandbox.hubspot;

import io.crmsync.sandbox.SimulatedApi;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** How HubSpot words its rate-limit and server errors, for the gateway and for fault injection. */
@Component
class HubSpotApi implements SimulatedApi {

    @Override
    public String system() {
        return "hubspot";
    }

    @Override
    public void writeRateLimited(HttpServletResponse response) throws IOException {
        writeRateLimited(response, "TEN_SECONDLY_ROLLING", 10_000, UUID.randomUUID().toString());
    }

    @Override
    public void writeServerError(HttpServletResponse response, int status) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "error");
        body.put("message", status == 503 ? "Service Unavailable" : "internal error");
        body.put("correlationId", UUID.randomUUID().toString());
        body.put("category", status == 503 ? "SERVICE_UNAVAILABLE" : "INTERNAL_ERROR");
        write(response, status, body);
    }

    static void writeRateLimited(
            HttpServletResponse response,
            String policy,
            long retryAfterMillis,
            String correlationId)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "error");
        body.put(
                "message",
                switch (policy) {
                    case "DAILY" -> "You have reached your daily limit.";
                    case "SECONDLY" -> "You have reached your secondly limit.";
                    default -> "You have reached your ten_secondly_rolling limit.";
                });
        body.put("errorType", "RATE_LIMIT");
        body.put("correlationId", correlationId);
        body.put("policyName", policy);
        body.put("requestId", UUID.randomUUID().toString());
        body.put("category", "RATE_LIMITS");
        response.setHeader(
                "Retry-After", String.valueOf(Math.max(1, (retryAfterMillis + 999) / 1000)));
        write(response, 429, body);
    }

    static void write(HttpServletResponse response, int status, Map<String, Object> body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(Json.CONTENT_TYPE);
        response.getOutputStream()
                .write(Json.write(body).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
