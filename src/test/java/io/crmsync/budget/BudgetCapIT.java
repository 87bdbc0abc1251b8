package io.crmsync.budget;

import static io.crmsync.base.ExternalSystem.SALESFORCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsync.budget.internal.ApiCallRecorder;
import io.crmsync.connection.Connectors;
import io.crmsync.sandbox.FaultPlan;
import io.crmsync.sandbox.FaultSettings;
import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.FailureKind;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.MutableClock;
import io.crmsync.testsupport.TestAccounts;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A new "Allocated to HubSpot" takes effect at once: the real governor, read by the app's own
 * Salesforce connector talking to the sandbox over HTTP, stops retries as soon as an Admin lowers
 * the allocation below the calls used, and lets them through again when it is raised.
 */
@CrmsyncIntegrationTest
@WithMockUser(username = TestAccounts.ADMIN, roles = "ADMIN")
class BudgetCapIT {

    private static final String QUERY = "/services/data/v62.0/query";
    private static final FaultSettings ALWAYS_503 =
            new FaultSettings(0, 0, 0, 0, 1.0, 0, 30_000, 0, 0, false);

    @Autowired ApiCallRecorder recorder;
    @Autowired MutableClock clock;
    @Autowired ApiBudgetService budget;
    @Autowired ApiBudgetGovernor governor;
    @Autowired Connectors connectors;
    @Autowired FaultPlan faults;
    @Autowired JdbcClient jdbc;
    BudgetFixture crm;
    CrmConnector salesforce;

    @BeforeEach
    void sixHundredCallsUsedToday() {
        crm = new BudgetFixture(recorder, clock);
        crm.freshDay();
        budget.setAllocation(1_000L);
        crm.calls(SALESFORCE, 600);
        salesforce = connectors.salesforce();
        salesforce.identity();
    }

    @AfterEach
    void noFaultsNoAllocation() {
        faults.clear("salesforce");
        jdbc.sql("DELETE FROM api_allocation").update();
    }

    @Test
    void loweringTheAllocationBelowTheCallsUsedStopsRetriesAtOnceAndSaysWhyWorkWaits() {
        assertThat(governor.mayRetry(SALESFORCE)).isTrue();
        assertThat(governor.holdReason(SALESFORCE)).isEmpty();

        budget.setAllocation(500L);

        assertThat(governor.mayRetry(SALESFORCE)).isFalse();
        assertThat(governor.holdReason(SALESFORCE))
                .hasValueSatisfying(reason -> assertThat(reason).contains("(500)"));
        assertThat(attemptsOfAQueryMeetingServerErrors()).isEqualTo(1);
    }

    @Test
    void retriesStopAt75PercentOfTheNewAllocationWhileLiveWorkGoesOn() {
        budget.setAllocation(800L);

        assertThat(governor.mayRetry(SALESFORCE)).isFalse();
        assertThat(governor.holdReason(SALESFORCE)).isEmpty();
        assertThat(attemptsOfAQueryMeetingServerErrors()).isEqualTo(1);
    }

    @Test
    void raisingTheAllocationAgainLetsRetriesThrough() {
        budget.setAllocation(500L);
        assertThat(attemptsOfAQueryMeetingServerErrors()).isEqualTo(1);

        budget.setAllocation(10_000L);

        assertThat(governor.mayRetry(SALESFORCE)).isTrue();
        assertThat(governor.holdReason(SALESFORCE)).isEmpty();
        // every attempt the Salesforce connector's retry policy allows (five), each a 503
        assertThat(attemptsOfAQueryMeetingServerErrors()).isEqualTo(5);
    }

    /** How many times the connector called the query endpoint for one read that keeps failing. */
    private long attemptsOfAQueryMeetingServerErrors() {
        recorder.flush();
        long before = failedQueries();
        faults.set("salesforce", QUERY, ALWAYS_503);
        try {
            assertThatThrownBy(
                            () ->
                                    salesforce.readByIds(
                                            "Contact",
                                            List.of("003000000000001AAA"),
                                            List.of("LastName")))
                    .isInstanceOfSatisfying(
                            ConnectorException.class,
                            e -> assertThat(e.failure().kind()).isEqualTo(FailureKind.RETRYABLE));
        } finally {
            faults.clear("salesforce");
        }
        recorder.flush();
        return failedQueries() - before;
    }

    private long failedQueries() {
        return budget.usageLast24Hours().stream()
                .filter(row -> row.system() == SALESFORCE)
                .mapToLong(UsageRow::failed)
                .sum();
    }
}
