package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.store.SettingsStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Opaque access tokens, refresh tokens and authorization codes. Access tokens live in memory (a
 * restart logs callers out, as a real session expiry would); refresh tokens are persisted.
 */
@Component("salesforceTokenService")
class TokenService {

    record Session(String userId, Instant issuedAt) {}

    record AuthCode(String userId, String challenge, String redirectUri) {}

    private final SalesforceOrg org;
    private final SettingsHolder settings;
    private final SettingsStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, AuthCode> codes = new ConcurrentHashMap<>();

    TokenService(
            SalesforceOrg org,
            SettingsHolder settings,
            SettingsStore store,
            ObjectProvider<Clock> clock) {
        this.org = org;
        this.settings = settings;
        this.store = store;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    Instant now() {
        return clock.instant();
    }

    String issueAccessToken(String userId) {
        String token = org.orgId().substring(0, 15) + "!" + randomToken(72);
        sessions.put(token, new Session(userId, clock.instant()));
        return token;
    }

    String issueRefreshToken(String userId) {
        String token = "5Aep" + randomToken(80);
        store.put("refresh." + token, userId);
        return token;
    }

    Optional<String> refreshTokenUser(String token) {
        return token == null || token.isBlank() ? Optional.empty() : store.get("refresh." + token);
    }

    String issueCode(String userId, String challenge, String redirectUri) {
        String code = "aPrx" + randomToken(40);
        codes.put(code, new AuthCode(userId, challenge, redirectUri));
        return code;
    }

    Optional<AuthCode> redeemCode(String code) {
        return Optional.ofNullable(code == null ? null : codes.remove(code));
    }

    /** The session behind a live access token; expired tokens are forgotten. */
    Optional<Session> authenticate(String token) {
        Session session = token == null ? null : sessions.get(token);
        if (session == null) {
            return Optional.empty();
        }
        Instant expiry = session.issuedAt().plusSeconds(settings.get().tokenLifetimeSeconds());
        if (!clock.instant().isBefore(expiry)) {
            sessions.remove(token);
            return Optional.empty();
        }
        return Optional.of(session);
    }

    /** Invalidates every access token, as an admin's "revoke sessions" does. */
    void revokeAll() {
        sessions.clear();
    }

    private String randomToken(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(bytes)
                .replace('-', '.')
                .substring(0, length);
    }
}
