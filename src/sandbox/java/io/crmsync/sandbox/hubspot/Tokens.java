package io.crmsync.sandbox.hubspot;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The access tokens the sandbox accepts: private-app tokens (no expiry) and OAuth access tokens (30
 * minutes), plus OAuth authorization codes and refresh tokens. Kept in memory: a restart keeps the
 * configured private-app token and asks OAuth clients to authorize again.
 */
@Component
class Tokens {

    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(30);

    /** One accepted token; {@code expiresAt} is null for private-app tokens. */
    record Token(String value, boolean oauth, Long expiresAt, RateLimits limits) {}

    private final SandboxClock clock;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Map<String, String> codes = new ConcurrentHashMap<>();
    private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();

    Tokens(HubSpotProperties properties, SandboxClock clock) {
        this.clock = clock;
        tokens.put(
                properties.privateAppToken(),
                new Token(properties.privateAppToken(), false, null, null));
    }

    Optional<Token> find(String value) {
        return Optional.ofNullable(tokens.get(value));
    }

    /** A new private-app token; {@code limits} null means the sandbox's current defaults. */
    String issuePrivateAppToken(RateLimits limits) {
        String value = "pat-na1-" + UUID.randomUUID();
        tokens.put(value, new Token(value, false, null, limits));
        return value;
    }

    void setLimits(String value, RateLimits limits) {
        tokens.computeIfPresent(value, (k, t) -> new Token(k, t.oauth(), t.expiresAt(), limits));
    }

    String issueCode(String redirectUri) {
        String code = UUID.randomUUID().toString();
        codes.put(code, redirectUri == null ? "" : redirectUri);
        return code;
    }

    /** The redirect URI the code was issued for, consuming the code; empty if unknown. */
    Optional<String> redeemCode(String code) {
        return Optional.ofNullable(code == null ? null : codes.remove(code));
    }

    boolean knowsRefreshToken(String refreshToken) {
        return refreshToken != null && refreshTokens.containsKey(refreshToken);
    }

    String newRefreshToken() {
        String value = UUID.randomUUID().toString();
        refreshTokens.put(value, value);
        return value;
    }

    String newAccessToken() {
        String value = "CKsbx" + UUID.randomUUID().toString().replace("-", "");
        long expiresAt = clock.millis() + ACCESS_TOKEN_LIFETIME.toMillis();
        tokens.put(value, new Token(value, true, expiresAt, null));
        return value;
    }
}
