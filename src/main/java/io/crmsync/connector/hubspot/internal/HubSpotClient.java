package io.crmsync.connector.hubspot.internal;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.ApiLimits;
import io.crmsync.spi.AuthFlow;
import io.crmsync.spi.CallBudget;
import io.crmsync.spi.ConnectionSettings;
import io.crmsync.spi.ErrorType;
import io.crmsync.spi.FailureKind;
import io.crmsync.spi.SyncFailure;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.FormBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every HubSpot call goes through here: the bearer token (refreshed once on a 401), the client-side
 * rate limits, retries with capped exponential backoff and jitter while the budget allows, and the
 * classification of failures. Transport and reporting are in {@link HttpExchange}.
 */
public final class HubSpotClient {

    private final HttpExchange exchange;
    private final TokenSource tokens;
    private final CallBudget budget;
    private final HubSpotOptions options;
    private final RateLimiter burst;
    private final RateLimiter search;

    public HubSpotClient(
            ConnectionSettings settings,
            HttpClients http,
            JsonMapper json,
            CallReporter reporter,
            CallBudget budget,
            HubSpotOptions options,
            HubSpotRateLimiters limiters) {
        this.exchange =
                new HttpExchange(http.client(), json, trimmed(settings.baseUrl()), reporter);
        this.budget = budget;
        this.options = options;
        this.burst = limiters.burst();
        this.search = limiters.search();
        this.tokens =
                settings.flow() == AuthFlow.HUBSPOT_OAUTH
                        ? new OAuthTokenSource(
                                settings.refreshToken(),
                                settings.accessToken(),
                                refreshToken -> tokenGrant(settings, refreshToken),
                                reporter.clock())
                        : TokenSource.privateApp(settings.accessToken());
    }

    /** The API base, without a trailing slash. */
    public String baseUrl() {
        return exchange.baseUrl();
    }

    /** Whether HubSpot has answered any call of this client yet. */
    public boolean answered() {
        return exchange.answered();
    }

    /** The daily limit headers of the last response that carried them, or null. */
    public ApiLimits lastDaily() {
        return exchange.lastDaily();
    }

    /** The token in use now, for introspection. */
    public String currentToken() {
        return tokens.token();
    }

    /** Sends the request, retrying what may be retried; the JSON answer, or null for none. */
    public JsonNode send(ApiRequest request) {
        Retry retry = Retry.of("hubspot", retryConfig(request.repeatable()));
        return Retry.decorateSupplier(retry, () -> sendAuthenticated(request)).get();
    }

    private JsonNode sendAuthenticated(ApiRequest request) {
        try {
            return sendOnce(request);
        } catch (HubSpotCallException e) {
            if (e.status() == 401 && tokens.refresh()) {
                return sendOnce(request);
            }
            throw e;
        }
    }

    private JsonNode sendOnce(ApiRequest request) {
        RateLimiter limiter = request.search() ? search : burst;
        try {
            RateLimiter.waitForPermission(limiter);
        } catch (RequestNotPermitted e) {
            throw new HubSpotCallException(
                    new SyncFailure(
                            FailureKind.RETRYABLE,
                            ErrorType.CONNECTION,
                            "CLIENT_RATE_LIMIT",
                            "No permit from the client-side rate limiter in time",
                            List.of(),
                            null),
                    0,
                    false,
                    e);
        }
        return exchange.send(request, tokens.token());
    }

    private RetryConfig retryConfig(boolean repeatable) {
        IntervalBiFunction<Object> interval =
                (attempt, outcome) -> {
                    long backoff = backoffMillis(attempt);
                    if (outcome.isLeft()
                            && outcome.getLeft() instanceof HubSpotCallException e
                            && e.failure().retryAfter() != null) {
                        backoff = Math.max(backoff, e.failure().retryAfter().toMillis());
                    }
                    return Math.min(backoff, options.maxBackoff().toMillis());
                };
        return RetryConfig.custom()
                .maxAttempts(Math.max(1, options.maxAttempts()))
                .intervalBiFunction(interval)
                .retryOnException(e -> mayRetry(e, repeatable))
                .build();
    }

    private boolean mayRetry(Throwable e, boolean repeatable) {
        return e instanceof HubSpotCallException call
                && call.failure().kind() == FailureKind.RETRYABLE
                && (repeatable || !call.mayHaveApplied())
                && budget.mayRetry(ExternalSystem.HUBSPOT);
    }

    private long backoffMillis(int attempt) {
        long base = options.initialBackoff().toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(Math.max(1, base), options.maxBackoff().toMillis());
        return capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
    }

    private JsonNode tokenGrant(ConnectionSettings settings, String refreshToken) {
        String root =
                settings.authorizationUrl() == null || settings.authorizationUrl().isBlank()
                        ? baseUrl()
                        : trimmed(settings.authorizationUrl());
        var form =
                new FormBody.Builder()
                        .add("grant_type", "refresh_token")
                        .add("client_id", nullToEmpty(settings.clientId()))
                        .add("client_secret", nullToEmpty(settings.clientSecret()))
                        .add("refresh_token", refreshToken)
                        .build();
        try {
            return exchange.postForm(root + "/oauth/v1/token", form, "oauth-token");
        } catch (HubSpotCallException e) {
            if (e.failure().kind() == FailureKind.RETRYABLE) {
                throw e;
            }
            SyncFailure f = e.failure();
            throw new HubSpotCallException(
                    new SyncFailure(
                            FailureKind.AUTH_EXPIRED,
                            ErrorType.CONNECTION,
                            f.code(),
                            f.message(),
                            List.of(),
                            null),
                    e.status(),
                    false,
                    e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String trimmed(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
