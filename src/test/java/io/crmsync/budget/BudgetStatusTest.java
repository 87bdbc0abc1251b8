package io.crmsync.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.base.ExternalSystem;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The budget's three sentences agree with each other in every state. */
class BudgetStatusTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aUsedUpCrmLimitIsNeverCalledAnAllocationThatDoesNotRunOut() {
        BudgetStatus suspended =
                new BudgetStatus(ExternalSystem.HUBSPOT, null, 40, null, 100L, 100L, NOW, null, 0);

        assertThat(suspended.limitSummary()).isEqualTo("Limited by HubSpot: 100 a day, 0 left");
        assertThat(suspended.forecastSummary(Instant::toString))
                .isEqualTo(
                        "HubSpot's daily limit is used up: the sync waits for it to reset and"
                                + " then resumes by itself.")
                .doesNotContain("does not run out");
    }

    @Test
    void withoutAnAllocationNothingIsSaidToRunOut() {
        BudgetStatus open =
                new BudgetStatus(ExternalSystem.HUBSPOT, null, 40, null, 100L, 40L, NOW, null, 0);

        assertThat(open.usedSummary()).isEqualTo("Calls used in the last 24 hours: 40");
        assertThat(open.forecastSummary(Instant::toString))
                .isEqualTo("crmsync may use calls up to HubSpot's daily limit.");

        BudgetStatus uncapped =
                new BudgetStatus(
                        ExternalSystem.SALESFORCE, null, 40, null, 100L, 40L, NOW, null, 0);
        assertThat(uncapped.usedSummary())
                .isEqualTo("Calls used in the last 24 hours: 40 (no allocation set)");
        assertThat(uncapped.forecastSummary(Instant::toString))
                .isEqualTo(
                        "With no allocation, crmsync may use calls up to Salesforce's daily"
                                + " limit.");
    }

    @Test
    void aUsedUpAllocationIsSaidToBeUsedUpRatherThanToRunOutNow() {
        BudgetStatus spent =
                new BudgetStatus(
                        ExternalSystem.SALESFORCE, 100L, 120, 0L, 15_000L, 200L, NOW, NOW, 0);

        assertThat(spent.usedSummary()).isEqualTo("Calls used: 120 of 100 allocated, 0 left");
        assertThat(spent.forecastSummary(Instant::toString))
                .startsWith("The allocation is used up");
    }

    @Test
    void anAllocationWithCallsLeftRunsOutAtTheCurrentRateOrNotAtAll() {
        BudgetStatus busy =
                new BudgetStatus(
                        ExternalSystem.SALESFORCE,
                        1_000L,
                        100,
                        900L,
                        15_000L,
                        200L,
                        NOW,
                        NOW.plusSeconds(3600),
                        0);
        BudgetStatus quiet =
                new BudgetStatus(
                        ExternalSystem.SALESFORCE, 1_000L, 100, 900L, 15_000L, 200L, NOW, null, 0);

        assertThat(busy.forecastSummary(Instant::toString))
                .isEqualTo("At the current rate, the allocation runs out 2026-12-07T11:00:00Z.");
        assertThat(quiet.forecastSummary(Instant::toString))
                .isEqualTo(
                        "No calls in the last hour: at the current rate, the allocation does not"
                                + " run out.");
    }
}
