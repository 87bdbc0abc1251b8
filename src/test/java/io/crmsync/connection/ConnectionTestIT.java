package io.crmsync.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.base.ExternalSystem;
import io.crmsync.budget.ApiBudgetService;
import io.crmsync.budget.BudgetStatus;
import io.crmsync.spi.ApiLimits;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.MutableClock;
import io.crmsync.testsupport.SandboxConnections;
import io.crmsync.testsupport.TestAccounts;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Testing a connection reaches the embedded sandboxes through the real connectors and keeps who
 * answered. Needs the Salesforce and HubSpot connector factories.
 */
@CrmsyncIntegrationTest
@WithMockUser(username = TestAccounts.ADMIN, roles = "ADMIN")
class ConnectionTestIT {

    @Autowired ConnectionService connections;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired ApiBudgetService budget;
    @Autowired MutableClock clock;

    @BeforeEach
    void sandboxesOnly() {
        SandboxConnections.restore(jdbc, events);
    }

    @Test
    void testingTheHubSpotSandboxFindsItsPortalAndLinksIt() {
        ConnectionTestResult result = connections.testSaved(ExternalSystem.HUBSPOT);

        assertThat(result.ok()).as(result.message()).isTrue();
        // The sandbox derives its portal id from its seed (146,000,000 + seed mod 1,000,000).
        assertThat(result.accountId()).isEqualTo("146261128");
        assertThat(result.apiVersion()).isNotBlank();
        ConnectionSummary summary = connections.summary(ExternalSystem.HUBSPOT);
        assertThat(summary.linkedAccountId()).isEqualTo("146261128");
        assertThat(summary.lastTest().accountId()).isEqualTo("146261128");
    }

    @Test
    void testingTheSalesforceSandboxFindsItsOrg() {
        ConnectionTestResult result = connections.testSaved(ExternalSystem.SALESFORCE);

        assertThat(result.ok()).as(result.message()).isTrue();
        assertThat(result.accountId()).startsWith("00D");
        assertThat(result.user()).isNotBlank();
        assertThat(result.apiVersion()).isNotBlank();
        assertThat(connections.summary(ExternalSystem.SALESFORCE).linkedAccountId())
                .isEqualTo(result.accountId());
    }

    @Test
    void testingSalesforceKeepsItsDailyLimitAndTellsItToTheBudget() {
        clock.advance(Duration.ofMinutes(1));

        ConnectionTestResult result = connections.testSaved(ExternalSystem.SALESFORCE);

        ApiLimits limits = result.limits();
        assertThat(limits.dailyLimit()).isPositive();
        assertThat(limits.dailyRemaining()).isBetween(0L, limits.dailyLimit() - 1);
        assertThat(connections.summary(ExternalSystem.SALESFORCE).lastTest().limits())
                .isEqualTo(limits);
        BudgetStatus status = budget.status(ExternalSystem.SALESFORCE);
        assertThat(status.crmDailyLimit()).isEqualTo(limits.dailyLimit());
        assertThat(status.limitObservedAt()).isEqualTo(clock.instant());
    }

    @Test
    void testingHubSpotKeepsItsDailyLimit() {
        ConnectionTestResult result = connections.testSaved(ExternalSystem.HUBSPOT);

        assertThat(result.limits().dailyLimit()).isPositive();
        assertThat(result.limits().dailyRemaining()).isLessThan(result.limits().dailyLimit());
        assertThat(connections.summary(ExternalSystem.HUBSPOT).lastTest().limits())
                .isEqualTo(result.limits());
    }
}
