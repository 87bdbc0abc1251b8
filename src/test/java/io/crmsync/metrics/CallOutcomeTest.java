package io.crmsync.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallOutcomeTest {

    @ParameterizedTest
    @CsvSource({
        "200, success",
        "201, success",
        "207, success",
        "0, retryable",
        "408, retryable",
        "429, retryable",
        "500, retryable",
        "503, retryable",
        "401, auth",
        "403, fatal",
        "400, rejected",
        "404, rejected",
        "409, rejected"
    })
    void aCallsOutcomeIsTheFailureClassOfItsStatus(int status, String outcome) {
        assertThat(CallOutcome.of(status)).isEqualTo(outcome);
    }
}
