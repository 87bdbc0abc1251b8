package io.crmsync.sandbox.hubspot;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The front door of the simulated API: correlation id, bearer-token authentication with HubSpot's
 * 401 bodies, rate limits with their headers and 429s. The OAuth endpoint needs no token; the admin
 * API needs the admin key and is not counted as API use.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class HubSpotGateway extends OncePerRequestFilter {

    static final String ROOT = "/sandbox/hubspot";
    private static final String NO_CREDENTIALS =
            "Authentication credentials not found. This API"
                    + " supports OAuth 2.0 authentication and you can find more details at"
                    + " https://developers.hubspot.com/docs/methods/auth/oauth-overview";

    private final Tokens tokens;
    private final RateLimiter limiter;
    private final LiveSettings settings;
    private final SandboxClock clock;
    private final long appId;
    private final byte[] adminKey;

    HubSpotGateway(
            Tokens tokens,
            RateLimiter limiter,
            LiveSettings settings,
            SandboxClock clock,
            HubSpotProperties properties,
            @Value("${crmsync.sandbox.admin-key:sandbox-admin}") String adminKey) {
        this.tokens = tokens;
        this.limiter = limiter;
        this.settings = settings;
        this.clock = clock;
        this.appId = properties.appId();
        this.adminKey = adminKey.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + ROOT + "/");
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = Correlation.id(request);
        response.setHeader(Correlation.HEADER, correlationId);
        String path =
                request.getRequestURI()
                        .substring(request.getContextPath().length() + ROOT.length());
        if (path.startsWith("/_admin/")) {
            String key = request.getHeader("X-Sandbox-Admin-Key");
            if (key == null
                    || !MessageDigest.isEqual(adminKey, key.getBytes(StandardCharsets.UTF_8))) {
                error(
                        response,
                        401,
                        "INVALID_AUTHENTICATION",
                        "Missing or wrong X-Sandbox-Admin-Key",
                        correlationId);
                return;
            }
            Caller.PERSON.attach(request);
        } else if (!path.startsWith("/oauth/")) {
            Tokens.Token token = authenticate(request, response, correlationId);
            if (token == null || !withinLimits(request, response, token, path, correlationId)) {
                return;
            }
            Caller.integration(appId).attach(request);
        }
        chain.doFilter(request, response);
    }

    private Tokens.Token authenticate(
            HttpServletRequest request, HttpServletResponse response, String correlationId)
            throws IOException {
        String header = request.getHeader("Authorization");
        String value =
                header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                        ? header.substring(7).strip()
                        : null;
        Tokens.Token token = value == null ? null : tokens.find(value).orElse(null);
        if (token == null) {
            error(response, 401, "INVALID_AUTHENTICATION", NO_CREDENTIALS, correlationId);
            return null;
        }
        if (token.expiresAt() != null && token.expiresAt() <= clock.millis()) {
            long minutes = (clock.millis() - token.expiresAt()) / 60_000;
            error(
                    response,
                    401,
                    "EXPIRED_AUTHENTICATION",
                    "The OAuth token used to make this call"
                            + " expired "
                            + minutes
                            + " minute(s) ago.",
                    correlationId);
            return null;
        }
        return token;
    }

    private boolean withinLimits(
            HttpServletRequest request,
            HttpServletResponse response,
            Tokens.Token token,
            String path,
            String correlationId)
            throws IOException {
        boolean search =
                "POST".equals(request.getMethod())
                        && path.startsWith("/crm/v3/objects/")
                        && path.endsWith("/search");
        RateLimits limits = token.limits() != null ? token.limits() : settings.defaultLimits();
        RateLimiter.Decision decision = limiter.acquire(token.value(), limits, search);
        if (!search) {
            if (!token.oauth()) {
                response.setHeader("X-HubSpot-RateLimit-Daily", String.valueOf(decision.daily()));
                response.setHeader(
                        "X-HubSpot-RateLimit-Daily-Remaining",
                        String.valueOf(decision.dailyRemaining()));
            }
            response.setHeader(
                    "X-HubSpot-RateLimit-Interval-Milliseconds",
                    String.valueOf(RateLimiter.WINDOW_MILLIS));
            response.setHeader("X-HubSpot-RateLimit-Max", String.valueOf(decision.max()));
            response.setHeader(
                    "X-HubSpot-RateLimit-Remaining", String.valueOf(decision.remaining()));
            response.setHeader("X-HubSpot-RateLimit-Secondly", String.valueOf(decision.secondly()));
            response.setHeader(
                    "X-HubSpot-RateLimit-Secondly-Remaining",
                    String.valueOf(decision.secondlyRemaining()));
        }
        if (decision.refusedPolicy() != null) {
            HubSpotApi.writeRateLimited(
                    response, decision.refusedPolicy(), decision.retryAfterMillis(), correlationId);
            return false;
        }
        return true;
    }

    private static void error(
            HttpServletResponse response,
            int status,
            String category,
            String message,
            String correlationId)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "error");
        body.put("message", message);
        body.put("correlationId", correlationId);
        body.put("category", category);
        HubSpotApi.write(response, status, body);
    }
}
