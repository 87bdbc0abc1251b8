package io.crmsync.budget;

import static io.crmsync.base.ExternalSystem.HUBSPOT;
import static io.crmsync.base.ExternalSystem.SALESFORCE;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.budget.internal.ApiCallRecorder;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.MutableClock;
import io.crmsync.testsupport.TestAccounts;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** Calls are counted per minute in MariaDB and read back over a rolling 24-hour window. */
@CrmsyncIntegrationTest
@WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
class BudgetIT {

    @Autowired ApiCallRecorder recorder;
    @Autowired MutableClock clock;
    @Autowired ApiBudgetService budget;
    @Autowired JdbcClient jdbc;
    BudgetFixture crm;

    @BeforeEach
    void freshDay() {
        crm = new BudgetFixture(recorder, clock);
        crm.freshDay();
    }

    @Test
    void callsOfOneMinuteAreAddedUpInOneRowPerObjectOperationAndStatusClass() {
        crm.calls(SALESFORCE, "Contact", "query", 200, 3);
        crm.calls(SALESFORCE, "Contact", "query", 201, 1);
        crm.calls(SALESFORCE, "Contact", "query", 503, 2);
        crm.calls(SALESFORCE, "Contact", "query", 0, 1);
        recorder.flush();
        crm.calls(SALESFORCE, "Contact", "query", 200, 5);
        recorder.flush();

        var minute = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MINUTES));
        var rows =
                jdbc.sql(
                                "SELECT status_class, calls FROM api_call_minute WHERE minute_start"
                                        + " = ? AND system_name = 'SALESFORCE' AND object_type ="
                                        + " 'Contact' ORDER BY status_class")
                        .param(minute)
                        .query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2))
                        .list();
        assertThat(rows).containsExactly("2xx=9", "5xx=2", "none=1");
    }

    @Test
    void usageIsSplitBySideObjectAndOperationWithFailuresCounted() {
        crm.calls(SALESFORCE, "Contact", "query", 200, 4);
        crm.calls(SALESFORCE, "Contact", "batch-update", 400, 2);
        crm.calls(HUBSPOT, "contacts", "search", 200, 3);
        recorder.flush();

        assertThat(budget.usageLast24Hours())
                .contains(
                        new UsageRow(SALESFORCE, "Contact", "query", 4, 0),
                        new UsageRow(SALESFORCE, "Contact", "batch-update", 2, 2),
                        new UsageRow(HUBSPOT, "contacts", "search", 3, 0));
    }

    @Test
    void failedCallsAreCountedPerSideWithTheirShareStoredOrNot() {
        crm.calls(HUBSPOT, "contacts", "batch-upsert", 200, 96);
        crm.calls(HUBSPOT, "contacts", "batch-upsert", 400, 3);
        recorder.flush();
        crm.calls(HUBSPOT, "contacts", "batch-upsert", 409, 1);
        crm.calls(SALESFORCE, "Contact", "query", 200, 7);

        var hubSpot = budget.status(HUBSPOT);
        assertThat(hubSpot.failedLast24Hours()).isEqualTo(4);
        assertThat(hubSpot.failedShare()).isEqualTo(0.04);
        assertThat(hubSpot.failedSummary()).contains("4 of 100").contains("4.0 %");
        assertThat(budget.status(SALESFORCE).failedSummary())
                .isEqualTo("Failed calls in the last 24 hours: none");
    }

    @Test
    void theWindowRollsWithTheClockAndCountsCallsNotYetFlushed() {
        crm.calls(SALESFORCE, 10);
        recorder.flush();
        clock.advance(Duration.ofHours(12));
        crm.calls(SALESFORCE, 5);

        assertThat(budget.status(SALESFORCE).usedLast24Hours()).isEqualTo(15);
        clock.advance(Duration.ofHours(11).plusMinutes(58));
        assertThat(budget.status(SALESFORCE).usedLast24Hours()).isEqualTo(15);
        clock.advance(Duration.ofMinutes(3));
        assertThat(budget.status(SALESFORCE).usedLast24Hours()).isEqualTo(5);
        clock.advance(Duration.ofHours(12));
        assertThat(budget.status(SALESFORCE).usedLast24Hours()).isZero();
    }

    @Test
    void callsPerHourCoverTheLast24HoursEndingWithTheCurrentHour() {
        crm.calls(HUBSPOT, 2);
        clock.advance(Duration.ofHours(3));
        crm.calls(HUBSPOT, 7);
        recorder.flush();

        var hours = budget.callsPerHour(HUBSPOT);
        assertThat(hours).hasSize(24);
        assertThat(hours.getLast().hour()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.HOURS));
        assertThat(hours.getLast().calls()).isEqualTo(7);
        assertThat(hours.get(20).calls()).isEqualTo(2);
        assertThat(hours.stream().mapToLong(HourlyCalls::calls).sum()).isEqualTo(9);
    }

    @Test
    void salesforceLimitAndUsageComeFromTheLatestResponse() {
        crm.reportedLimit(SALESFORCE, 120, 15_000);
        clock.advance(Duration.ofMinutes(1));
        crm.reportedLimit(SALESFORCE, 140, 15_000);
        recorder.flush();

        BudgetStatus status = budget.status(SALESFORCE);
        assertThat(status.crmDailyLimit()).isEqualTo(15_000);
        assertThat(status.crmDailyUsed()).isEqualTo(140);
        assertThat(status.crmRemaining()).isEqualTo(14_860);
        assertThat(
                        jdbc.sql(
                                        "SELECT daily_used FROM api_daily_limit WHERE system_name ="
                                                + " 'SALESFORCE'")
                                .query(Long.class)
                                .single())
                .isEqualTo(140);
    }
}
