package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.LocalCallers;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The OAuth 2.0 endpoints: client credentials, refresh token, and authorization code with PKCE
 * (S256). The connected app's credentials come from {@code crmsync.sandbox.salesforce.client-id}
 * and {@code client-secret}; the development defaults are {@value #DEV_CLIENT_ID} and {@value
 * #DEV_CLIENT_SECRET}.
 */
@RestController("salesforceOAuthController")
@RequestMapping(SalesforcePaths.ROOT + "/services/oauth2")
class OAuthController {

    static final String DEV_CLIENT_ID = "crmsync-sandbox-client";
    static final String DEV_CLIENT_SECRET = "crmsync-sandbox-secret";

    private final TokenService tokens;
    private final LocalCallers callers;
    private final SalesforceOrg org;
    private final String clientId;
    private final String clientSecret;

    OAuthController(
            TokenService tokens,
            SalesforceOrg org,
            LocalCallers callers,
            @Value("${crmsync.sandbox.salesforce.client-id:" + DEV_CLIENT_ID + "}") String clientId,
            @Value("${crmsync.sandbox.salesforce.client-secret:" + DEV_CLIENT_SECRET + "}")
                    String clientSecret) {
        this.tokens = tokens;
        this.org = org;
        this.callers = callers;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    @PostMapping(path = "/token", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> token(
            @RequestParam Map<String, String> form, HttpServletRequest request) {
        String grant = form.getOrDefault("grant_type", "");
        if (!clientId.equals(form.get("client_id"))) {
            return error(400, "invalid_client_id", "client identifier invalid");
        }
        String secret = form.get("client_secret");
        boolean secretOk =
                secret != null
                        && MessageDigest.isEqual(
                                clientSecret.getBytes(StandardCharsets.UTF_8),
                                secret.getBytes(StandardCharsets.UTF_8));
        return switch (grant) {
            case "client_credentials" ->
                    secretOk
                            ? success(request, org.integrationUserId(), "api", false)
                            : error(400, "invalid_client", "invalid client credentials");
            case "refresh_token" -> {
                if (form.containsKey("client_secret") && !secretOk) {
                    yield error(400, "invalid_client", "invalid client credentials");
                }
                yield tokens.refreshTokenUser(form.get("refresh_token"))
                        .map(user -> success(request, user, "api refresh_token", false))
                        .orElseGet(
                                () -> error(400, "invalid_grant", "expired access/refresh token"));
            }
            case "authorization_code" ->
                    tokens.redeemCode(form.get("code"))
                            .filter(
                                    code ->
                                            pkceMatches(
                                                    code.challenge(), form.get("code_verifier")))
                            .filter(
                                    code ->
                                            code.redirectUri()
                                                    .equals(
                                                            form.getOrDefault(
                                                                    "redirect_uri",
                                                                    code.redirectUri())))
                            .map(code -> success(request, code.userId(), "api refresh_token", true))
                            .orElseGet(() -> error(400, "invalid_grant", "authentication failure"));
            default -> error(400, "unsupported_grant_type", "grant type not supported");
        };
    }

    @GetMapping(path = "/authorize", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> authorize(@RequestParam Map<String, String> params) {
        if (!clientId.equals(params.get("client_id")) || params.get("redirect_uri") == null) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.TEXT_HTML)
                    .body("<html><body><p>error=invalid_client_id</p></body></html>");
        }
        if (!callers.isRegisteredRedirect(params.get("redirect_uri"))) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.TEXT_HTML)
                    .body(
                            "<html><body><p>error=redirect_uri_mismatch&amp;error_description="
                                    + "redirect_uri must match configuration</p></body></html>");
        }
        if ("true".equals(params.get("approve"))) {
            String code =
                    tokens.issueCode(
                            org.integrationUserId(),
                            params.get("code_challenge"),
                            params.get("redirect_uri"));
            var location =
                    UriComponentsBuilder.fromUriString(params.get("redirect_uri"))
                            .queryParam("code", code);
            if (params.get("state") != null) {
                location.queryParam("state", params.get("state"));
            }
            return ResponseEntity.status(302)
                    .header("Location", location.build().encode().toUriString())
                    .build();
        }
        StringBuilder form = new StringBuilder();
        params.forEach(
                (name, value) ->
                        form.append("<input type=\"hidden\" name=\"")
                                .append(HtmlUtils.htmlEscape(name))
                                .append("\" value=\"")
                                .append(HtmlUtils.htmlEscape(value))
                                .append("\">"));
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_HTML)
                .body(
                        "<!DOCTYPE html><html><head><title>Allow"
                                + " Access?</title></head><body><h1>Allow Access?</h1><p>crmsync is"
                                + " asking to access your Salesforce sandbox data.</p><form"
                                + " method=\"get\">"
                                + form
                                + "<input type=\"hidden\" name=\"approve\" value=\"true\"><button"
                                + " type=\"submit\">Allow</button></form></body></html>");
    }

    private ResponseEntity<Map<String, Object>> success(
            HttpServletRequest request, String userId, String scope, boolean withRefresh) {
        String instanceUrl = SalesforcePaths.instanceUrl(request);
        String issuedAt = Long.toString(tokens.now().toEpochMilli());
        String id = instanceUrl + "/id/" + org.orgId() + "/" + userId;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", tokens.issueAccessToken(userId));
        if (withRefresh) {
            body.put("refresh_token", tokens.issueRefreshToken(userId));
        }
        body.put("signature", sign(id + issuedAt));
        body.put("scope", scope);
        body.put("instance_url", instanceUrl);
        body.put("id", id);
        body.put("token_type", "Bearer");
        body.put("issued_at", issuedAt);
        return ResponseEntity.ok().contentType(SalesforceErrorAdvice.JSON).body(body);
    }

    private String sign(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(
                    new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean pkceMatches(String challenge, String verifier) {
        if (challenge == null) {
            return true;
        }
        if (verifier == null) {
            return false;
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return MessageDigest.isEqual(
                    Base64.getUrlEncoder().withoutPadding().encode(digest),
                    challenge.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ResponseEntity<Map<String, Object>> error(
            int status, String error, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        return ResponseEntity.status(status).contentType(SalesforceErrorAdvice.JSON).body(body);
    }
}
