package io.crmsync.sandbox.hubspot;

import io.crmsync.sandbox.LocalCallers;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * HubSpot's OAuth 2.0 endpoints: an authorize page that consents at once, the v1 token endpoint
 * (authorization code and refresh token grants, 30-minute access tokens) and token introspection.
 */
@RestController
class OAuthController {

    private final Tokens tokens;
    private final LocalCallers callers;
    private final HubSpotProperties properties;
    private final Portal portal;
    private final SandboxClock clock;

    OAuthController(
            Tokens tokens,
            HubSpotProperties properties,
            Portal portal,
            SandboxClock clock,
            LocalCallers callers) {
        this.callers = callers;
        this.tokens = tokens;
        this.properties = properties;
        this.portal = portal;
        this.clock = clock;
    }

    @GetMapping(HubSpotGateway.ROOT + "/oauth/authorize")
    ResponseEntity<?> authorize(
            @RequestParam(name = "client_id", required = false) String clientId,
            @RequestParam(name = "redirect_uri", required = false) String redirectUri,
            @RequestParam(required = false) String state,
            HttpServletRequest request) {
        if (!properties.clientId().equals(clientId)) {
            return error("BAD_CLIENT_ID", "missing or invalid client_id", request);
        }
        if (redirectUri == null || redirectUri.isBlank()) {
            return error("BAD_REDIRECT_URI", "missing redirect_uri", request);
        }
        if (!callers.isRegisteredRedirect(redirectUri)) {
            return error(
                    "BAD_REDIRECT_URI",
                    "redirect_uri is not one of the app's redirect URLs",
                    request);
        }
        String code = tokens.issueCode(redirectUri);
        String location =
                redirectUri
                        + (redirectUri.contains("?") ? "&" : "?")
                        + "code="
                        + code
                        + (state == null
                                ? ""
                                : "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8));
        return ResponseEntity.status(302).location(URI.create(location)).build();
    }

    @PostMapping(HubSpotGateway.ROOT + "/oauth/v1/token")
    ResponseEntity<Map<String, Object>> token(
            @RequestParam(name = "grant_type", required = false) String grantType,
            @RequestParam(name = "client_id", required = false) String clientId,
            @RequestParam(name = "client_secret", required = false) String clientSecret,
            @RequestParam(name = "redirect_uri", required = false) String redirectUri,
            @RequestParam(required = false) String code,
            @RequestParam(name = "refresh_token", required = false) String refreshToken,
            HttpServletRequest request) {
        if (!properties.clientId().equals(clientId)) {
            return error("BAD_CLIENT_ID", "missing or invalid client_id", request);
        }
        if (clientSecret == null
                || !MessageDigest.isEqual(
                        properties.clientSecret().getBytes(StandardCharsets.UTF_8),
                        clientSecret.getBytes(StandardCharsets.UTF_8))) {
            return error("BAD_CLIENT_SECRET", "missing or invalid client_secret", request);
        }
        String refresh;
        if ("authorization_code".equals(grantType)) {
            var issuedFor = tokens.redeemCode(code);
            if (issuedFor.isEmpty()) {
                return error("BAD_AUTH_CODE", "missing or unknown auth code", request);
            }
            if (!issuedFor.get().isEmpty() && !issuedFor.get().equals(redirectUri)) {
                return error(
                        "BAD_REDIRECT_URI",
                        "redirect_uri does not match the one used to"
                                + " obtain the authorization code",
                        request);
            }
            refresh = tokens.newRefreshToken();
        } else if ("refresh_token".equals(grantType)) {
            if (!tokens.knowsRefreshToken(refreshToken)) {
                return error("BAD_REFRESH_TOKEN", "missing or unknown refresh token", request);
            }
            refresh = refreshToken;
        } else {
            return error("BAD_GRANT_TYPE", "unsupported grant type: " + grantType, request);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token_type", "bearer");
        body.put("refresh_token", refresh);
        body.put("access_token", tokens.newAccessToken());
        body.put("expires_in", Tokens.ACCESS_TOKEN_LIFETIME.toSeconds());
        return Json.response(200, body);
    }

    @GetMapping(HubSpotGateway.ROOT + "/oauth/v1/access-tokens/{token}")
    ResponseEntity<Map<String, Object>> introspect(
            @PathVariable String token, HttpServletRequest request) {
        var found = tokens.find(token).filter(t -> t.oauth() && t.expiresAt() > clock.millis());
        if (found.isEmpty()) {
            return Json.response(
                    404,
                    new HubSpotException(404, "NOT_FOUND", "Access token not found or expired")
                            .body(Correlation.id(request)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", token);
        body.put("user", "sandbox-user@example.com");
        body.put("hub_domain", "sandbox.hubspot.example.com");
        body.put(
                "scopes",
                List.of(
                        "oauth",
                        "crm.objects.contacts.read",
                        "crm.objects.contacts.write",
                        "crm.objects.companies.read",
                        "crm.objects.companies.write",
                        "crm.objects.deals.read",
                        "crm.objects.deals.write",
                        "crm.lists.read",
                        "crm.lists.write",
                        "crm.schemas.contacts.read"));
        body.put("hub_id", portal.hubId());
        body.put("app_id", properties.appId());
        body.put("expires_in", (found.get().expiresAt() - clock.millis()) / 1000);
        body.put("user_id", 1);
        body.put("token_type", "access");
        return Json.response(200, body);
    }

    private static ResponseEntity<Map<String, Object>> error(
            String status, String message, HttpServletRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("message", message);
        body.put("correlationId", Correlation.id(request));
        return Json.response(400, body);
    }
}
