package io.crmsync.connector.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.spi.ErrorType;
import io.crmsync.spi.FailureKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorClassifierTest {

    @ParameterizedTest
    @CsvSource({
        "REQUIRED_FIELD_MISSING, LastName, PROPERTY_VALUES",
        "STRING_TOO_LONG, LastName, PROPERTY_VALUES",
        "INVALID_EMAIL_ADDRESS, Email, PROPERTY_VALUES",
        "INVALID_TYPE, Amount, PROPERTY_VALUES",
        "FIELD_INTEGRITY_EXCEPTION, MailingCountry, PICKLIST_VALUES",
        "FIELD_INTEGRITY_EXCEPTION, Probability, PROPERTY_VALUES",
        "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST, Rating__c, PICKLIST_VALUES",
        "DUPLICATES_DETECTED, Email, DUPLICATES",
        "DUPLICATE_VALUE, HubSpot_Id__c, DUPLICATES",
        "FIELD_CUSTOM_VALIDATION_EXCEPTION, Phone, CUSTOM_CODE",
        "CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY, Id, CUSTOM_CODE",
        "INVALID_FIELD_FOR_INSERT_UPDATE, Id, PERMISSIONS",
        "INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY, AccountId, PERMISSIONS",
        "ENTITY_IS_DELETED, Id, ASSOCIATIONS",
        "INVALID_CROSS_REFERENCE_KEY, AccountId, ASSOCIATIONS"
    })
    void recordErrorsAreRejectionsOfTheRightFamily(String code, String field, ErrorType type) {
        var failure = ErrorClassifier.record(code, "message", List.of(field));

        assertThat(failure.kind()).isEqualTo(FailureKind.RECORD_REJECTED);
        assertThat(failure.type()).isEqualTo(type);
        assertThat(failure.code()).isEqualTo(code);
    }

    @Test
    void aLockedRowIsRetryableEvenInsideACollectionResult() {
        assertThat(ErrorClassifier.record("UNABLE_TO_LOCK_ROW", "locked", List.of()).kind())
                .isEqualTo(FailureKind.RETRYABLE);
    }

    @Test
    void wholeCallFailuresAreClassifiedByStatusAndCode() {
        assertThat(call(401, "INVALID_SESSION_ID").kind()).isEqualTo(FailureKind.AUTH_EXPIRED);
        assertThat(call(503, null).kind()).isEqualTo(FailureKind.RETRYABLE);
        assertThat(call(429, null).kind()).isEqualTo(FailureKind.RETRYABLE);
        assertThat(call(500, "UNKNOWN_EXCEPTION").kind()).isEqualTo(FailureKind.RETRYABLE);
        assertThat(call(400, "UNABLE_TO_LOCK_ROW").kind()).isEqualTo(FailureKind.RETRYABLE);
        assertThat(call(403, "REQUEST_LIMIT_EXCEEDED").kind()).isEqualTo(FailureKind.FATAL);
        assertThat(call(403, "API_DISABLED_FOR_ORG").kind()).isEqualTo(FailureKind.FATAL);
        assertThat(call(403, "INSUFFICIENT_ACCESS_OR_READONLY"))
                .satisfies(f -> assertThat(f.kind()).isEqualTo(FailureKind.FATAL))
                .satisfies(f -> assertThat(f.type()).isEqualTo(ErrorType.PERMISSIONS));
    }

    @Test
    void retryAfterIsKeptForRetryableCalls() {
        var failure = ErrorClassifier.call(503, null, "busy", null, Duration.ofSeconds(7));

        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    }

    private static io.crmsync.spi.SyncFailure call(int status, String code) {
        return ErrorClassifier.call(status, code, "message", List.of(), null);
    }
}
