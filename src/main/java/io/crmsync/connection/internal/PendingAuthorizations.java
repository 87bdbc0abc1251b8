package io.crmsync.connection.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * OAuth authorization-code sign-ins in progress, by their {@code state}: the PKCE verifier, the
 * redirect URI, and once exchanged the refresh token waiting to be saved. Kept in this node's
 * memory for ten minutes, so the callback must reach the node that started the sign-in.
 */
@Component
public class PendingAuthorizations {

    private static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One sign-in; {@code refreshToken} is set once the code was exchanged. */
    public static final class Pending {
        private final String verifier;
        private final String redirectUri;
        private final Instant expires;
        private volatile String refreshToken;

        Pending(String verifier, String redirectUri, Instant expires) {
            this.verifier = verifier;
            this.redirectUri = redirectUri;
            this.expires = expires;
        }

        public String verifier() {
            return verifier;
        }

        public String redirectUri() {
            return redirectUri;
        }

        public String refreshToken() {
            return refreshToken;
        }

        public void exchanged(String token) {
            refreshToken = token;
        }
    }

    private final Map<String, Pending> byState = new ConcurrentHashMap<>();
    private final Clock clock;

    PendingAuthorizations(Clock clock) {
        this.clock = clock;
    }

    /** Starts a sign-in and returns its state. */
    public String begin(String redirectUri) {
        Instant now = clock.instant();
        byState.values().removeIf(p -> p.expires.isBefore(now));
        String state = random(24);
        byState.put(state, new Pending(random(48), redirectUri, now.plus(LIFETIME)));
        return state;
    }

    public Optional<Pending> find(String state) {
        Pending pending = state == null ? null : byState.get(state);
        if (pending == null || pending.expires.isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    public void finish(String state) {
        byState.remove(state);
    }

    /** The S256 code challenge of a verifier (RFC 7636). */
    public static String challenge(String verifier) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256")
                            .digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
