package io.crmsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuspensionCauseTest {

    @Test
    void everyCauseReadsBackFromTheTextItStores() {
        for (SuspensionCause cause : SuspensionCause.values()) {
            assertThat(SuspensionCause.fromStored(cause.name())).isEqualTo(cause);
        }
    }

    @Test
    void unknownOrMissingTextReadsAsUnknown() {
        assertThat(SuspensionCause.fromStored("NEW_IN_A_LATER_VERSION"))
                .isEqualTo(SuspensionCause.UNKNOWN);
        assertThat(SuspensionCause.fromStored("api_limit")).isEqualTo(SuspensionCause.UNKNOWN);
        assertThat(SuspensionCause.fromStored(null)).isEqualTo(SuspensionCause.UNKNOWN);
    }

    @Test
    void everyKnownCauseHasItsOwnAdvice() {
        ErrorAdvice fallback = ErrorAdvice.ofSuspension(SuspensionCause.UNKNOWN);
        for (SuspensionCause cause : SuspensionCause.values()) {
            if (cause != SuspensionCause.UNKNOWN) {
                assertThat(ErrorAdvice.ofSuspension(cause)).isNotEqualTo(fallback);
            }
        }
    }
}
