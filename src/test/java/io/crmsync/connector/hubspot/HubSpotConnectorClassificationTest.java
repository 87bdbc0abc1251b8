package io.crmsync.connector.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.connector.hubspot.internal.ErrorClassifier;
import io.crmsync.spi.ErrorType;
import io.crmsync.spi.FailureKind;
import io.crmsync.spi.SyncFailure;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** How HubSpot's statuses and error envelopes are classified, call by call. */
class HubSpotConnectorClassificationTest {

    @Test
    void aRateLimitWaitsAsLongAsRetryAfterSaysElseByItsPolicy() {
        SyncFailure told =
                ErrorClassifier.callFailure(
                        429,
                        json("{\"policyName\":\"TEN_SECONDLY_ROLLING\"}"),
                        Duration.ofSeconds(7));
        SyncFailure secondly =
                ErrorClassifier.callFailure(429, json("{\"policyName\":\"SECONDLY\"}"), null);
        SyncFailure rolling =
                ErrorClassifier.callFailure(
                        429, json("{\"policyName\":\"TEN_SECONDLY_ROLLING\"}"), null);

        assertThat(told.kind()).isEqualTo(FailureKind.RETRYABLE);
        assertThat(told.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(secondly.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(rolling.retryAfter()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void serverErrorsAreRetryableEvenWithoutABody() {
        SyncFailure failure = ErrorClassifier.callFailure(502, null, null);

        assertThat(failure.kind()).isEqualTo(FailureKind.RETRYABLE);
        assertThat(failure.code()).isEqualTo("HTTP_502");
    }

    @Test
    void aForbiddenCallWithoutMissingScopesIsAFatalConnectionProblem() {
        SyncFailure suspended =
                ErrorClassifier.callFailure(
                        403,
                        json(
                                "{\"message\":\"Portal suspended\",\"category\":\"PORTAL_SUSPENDED\"}"),
                        null);

        assertThat(suspended.kind()).isEqualTo(FailureKind.FATAL);
        assertThat(suspended.type()).isEqualTo(ErrorType.CONNECTION);
    }

    @Test
    void anExpiredOAuthTokenIsAuthExpired() {
        SyncFailure expired =
                ErrorClassifier.callFailure(
                        401,
                        json(
                                "{\"message\":\"The OAuth token used to make this call expired 5 minute(s) ago.\",\"category\":\"EXPIRED_AUTHENTICATION\"}"),
                        null);

        assertThat(expired.kind()).isEqualTo(FailureKind.AUTH_EXPIRED);
        assertThat(expired.code()).isEqualTo("EXPIRED_AUTHENTICATION");
    }

    @Test
    void aMissingScopeOnARecordIsAPermissionsError() {
        SyncFailure failure =
                ErrorClassifier.recordFailure(
                        0,
                        json(
                                "{\"category\":\"MISSING_SCOPES\",\"message\":\"This app hasn't been granted all required scopes\"}"));

        assertThat(failure.kind()).isEqualTo(FailureKind.RECORD_REJECTED);
        assertThat(failure.type()).isEqualTo(ErrorType.PERMISSIONS);
    }

    @Test
    void aTooLongValueIsAPropertyValueError() {
        SyncFailure failure =
                ErrorClassifier.recordFailure(
                        400,
                        json(
                                "{\"category\":\"VALIDATION_ERROR\",\"message\":\"Property values were not valid: [{\\\"isValid\\\":false,\\\"message\\\":\\\"value too long\\\",\\\"error\\\":\\\"MAX_LENGTH_EXCEEDED\\\",\\\"name\\\":\\\"firstname\\\"}]\"}"));

        assertThat(failure.type()).isEqualTo(ErrorType.PROPERTY_VALUES);
        assertThat(failure.code()).isEqualTo("MAX_LENGTH_EXCEEDED");
        assertThat(failure.fields()).containsExactly("firstname");
    }

    private static JsonNode json(String text) {
        return MockHubSpot.JSON.readTree(text);
    }
}
