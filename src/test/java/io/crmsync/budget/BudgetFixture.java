package io.crmsync.budget;

import io.crmsync.base.ExternalSystem;
import io.crmsync.budget.internal.ApiCallRecorder;
import io.crmsync.spi.ApiCall;
import io.crmsync.testsupport.MutableClock;
import java.time.Duration;

/** Records calls as a connector would, at the test clock's time. */
record BudgetFixture(ApiCallRecorder recorder, MutableClock clock) {

    void calls(ExternalSystem system, int count) {
        calls(system, "Contact", "query", 200, count);
    }

    void calls(ExternalSystem system, String object, String operation, int status, int count) {
        for (int i = 0; i < count; i++) {
            recorder.onCall(
                    new ApiCall(
                            system,
                            object,
                            operation,
                            status,
                            clock.instant(),
                            Duration.ofMillis(20),
                            null,
                            null));
        }
    }

    void reportedLimit(ExternalSystem system, long used, long limit) {
        recorder.onCall(
                new ApiCall(
                        system,
                        "limits",
                        "limits",
                        200,
                        clock.instant(),
                        Duration.ofMillis(5),
                        used,
                        limit));
    }

    /** Leaves every earlier call outside the 24-hour window. */
    void freshDay() {
        recorder.flush();
        clock.advance(Duration.ofDays(2));
    }
}
