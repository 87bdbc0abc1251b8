package io.crmsync.connector.hubspot.internal;

import io.crmsync.spi.ErrorType;
import io.crmsync.spi.FailureKind;
import io.crmsync.spi.SyncFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * HubSpot OAuth: trades the refresh token for 30-minute access tokens at {@code /oauth/v1/token}, a
 * minute before the current one expires, and again when HubSpot refuses it.
 */
final class OAuthTokenSource implements TokenSource {

    private static final Duration EARLY = Duration.ofMinutes(1);

    /** Sends the refresh-token grant and answers the token endpoint's JSON. */
    interface TokenEndpoint extends Function<String, JsonNode> {}

    private final String refreshToken;
    private final TokenEndpoint endpoint;
    private final Clock clock;
    private String accessToken;
    private Instant expiresAt;

    OAuthTokenSource(
            String refreshToken, String initialAccessToken, TokenEndpoint endpoint, Clock clock) {
        this.refreshToken = refreshToken;
        this.endpoint = endpoint;
        this.clock = clock;
        this.accessToken = initialAccessToken;
        this.expiresAt = initialAccessToken == null ? Instant.EPOCH : Instant.MAX;
    }

    @Override
    public synchronized String token() {
        if (accessToken == null || !clock.instant().isBefore(expiresAt.minus(EARLY))) {
            refresh();
        }
        return accessToken;
    }

    @Override
    public synchronized boolean refresh() {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new HubSpotCallException(
                    new SyncFailure(
                            FailureKind.AUTH_EXPIRED,
                            ErrorType.CONNECTION,
                            "NO_REFRESH_TOKEN",
                            "No refresh token: authorize crmsync in HubSpot again",
                            List.of(),
                            null),
                    0,
                    false,
                    null);
        }
        JsonNode answer = endpoint.apply(refreshToken);
        accessToken = answer.path("access_token").asString();
        long seconds = answer.path("expires_in").asLong(1800);
        expiresAt = clock.instant().plusSeconds(seconds);
        return true;
    }
}
