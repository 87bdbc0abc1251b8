package io.crmsync.budget;

import static io.crmsync.base.ExternalSystem.HUBSPOT;
import static io.crmsync.base.ExternalSystem.SALESFORCE;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.budget.internal.ApiCallRecorder;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.MutableClock;
import io.crmsync.testsupport.TestAccounts;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** Retries stop at 75 % of the allocation; non-urgent work waits when it is used up. */
@CrmsyncIntegrationTest
@WithMockUser(username = TestAccounts.ADMIN, roles = "ADMIN")
class BudgetGovernorIT {

    @Autowired ApiCallRecorder recorder;
    @Autowired MutableClock clock;
    @Autowired ApiBudgetService budget;
    @Autowired ApiBudgetGovernor governor;
    @Autowired JdbcClient jdbc;
    BudgetFixture crm;

    @BeforeEach
    void freshDay() {
        crm = new BudgetFixture(recorder, clock);
        crm.freshDay();
    }

    @AfterEach
    void noAllocation() {
        jdbc.sql("DELETE FROM api_allocation").update();
    }

    @Test
    void retriesStopAt75PercentOfTheAllocation() {
        budget.setAllocation(100L);
        crm.calls(SALESFORCE, 74);
        assertThat(governor.mayRetry(SALESFORCE)).isTrue();

        crm.calls(SALESFORCE, 1);
        assertThat(governor.mayRetry(SALESFORCE)).isFalse();
        assertThat(governor.holdReason(SALESFORCE)).isEmpty();
        assertThat(governor.mayRetry(HUBSPOT)).isTrue();
    }

    @Test
    void withoutAnAllocationRetriesStopAfter5000CallsADay() {
        crm.calls(SALESFORCE, 4_999);
        recorder.flush();
        assertThat(governor.mayRetry(SALESFORCE)).isTrue();

        crm.calls(SALESFORCE, 1);
        assertThat(governor.mayRetry(SALESFORCE)).isFalse();

        clock.advance(Duration.ofHours(24).plusMinutes(2));
        assertThat(governor.mayRetry(SALESFORCE)).isTrue();
    }

    @Test
    void nonUrgentWorkWaitsWhenTheAllocationIsUsedUpWithAReadableReason() {
        budget.setAllocation(40L);
        crm.calls(SALESFORCE, 39);
        assertThat(governor.holdReason(SALESFORCE)).isEmpty();

        crm.calls(SALESFORCE, 1);
        assertThat(governor.holdReason(SALESFORCE))
                .hasValueSatisfying(
                        reason ->
                                assertThat(reason)
                                        .contains(
                                                "40 of the Salesforce calls allocated to HubSpot"));
        BudgetStatus status = budget.status(SALESFORCE);
        assertThat(status.left()).isZero();
        assertThat(status.runsOutAt()).isEqualTo(clock.instant());
    }

    @Test
    void theForecastExtrapolatesTheLastHour() {
        budget.setAllocation(1_000L);
        crm.calls(SALESFORCE, 100);

        Instant runsOut = budget.status(SALESFORCE).runsOutAt();
        assertThat(runsOut).isEqualTo(clock.instant().plus(Duration.ofHours(9)));
    }

    @Test
    void hubSpotRetriesStopAt75PercentOfItsReportedDailyLimit() {
        crm.reportedLimit(HUBSPOT, 7_000, 10_000);
        assertThat(governor.mayRetry(HUBSPOT)).isTrue();

        crm.reportedLimit(HUBSPOT, 7_500, 10_000);
        assertThat(governor.mayRetry(HUBSPOT)).isFalse();

        crm.reportedLimit(HUBSPOT, 10_000, 10_000);
        assertThat(governor.holdReason(HUBSPOT)).isPresent();
    }
}
