package io.crmsync.budget;

import static io.crmsync.base.ExternalSystem.SALESFORCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsync.budget.internal.ApiCallRecorder;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.MutableClock;
import io.crmsync.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Only Admins set the allocation; it is a positive number within Salesforce's limit, audited. */
@CrmsyncIntegrationTest
@WithMockUser(username = TestAccounts.ADMIN, roles = "ADMIN")
class BudgetAllocationIT {

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

    @AfterEach
    void noAllocation() {
        jdbc.sql("DELETE FROM api_allocation").update();
    }

    @Test
    void theAllocationMustBeAPositiveWholeNumber() {
        assertThatThrownBy(() -> budget.setAllocation(0L))
                .isInstanceOf(AllocationRejected.class)
                .hasMessageContaining("positive whole number");
        assertThatThrownBy(() -> budget.setAllocation(-5L)).isInstanceOf(AllocationRejected.class);
    }

    @Test
    void theAllocationCannotExceedSalesforcesOwnLimit() {
        crm.reportedLimit(SALESFORCE, 10, 15_000);

        assertThatThrownBy(() -> budget.setAllocation(15_001L))
                .isInstanceOf(AllocationRejected.class)
                .hasMessageContaining("15000");
        assertThat(budget.setAllocation(15_000L).allocation()).isEqualTo(15_000);
    }

    @Test
    void aChangeIsAuditedWithBeforeAndAfter() {
        budget.setAllocation(1_200L);
        budget.setAllocation(900L);

        var entry =
                jdbc.sql(
                                "SELECT actor, target, before_state, after_state FROM audit_event"
                                        + " WHERE action = 'API_ALLOCATION_CHANGED'"
                                        + " ORDER BY id DESC LIMIT 1")
                        .query(
                                (rs, n) ->
                                        rs.getString(1)
                                                + "|"
                                                + rs.getString(2)
                                                + "|"
                                                + rs.getString(3)
                                                + "|"
                                                + rs.getString(4))
                        .single();
        assertThat(entry)
                .isEqualTo(
                        TestAccounts.ADMIN
                                + "|Salesforce|{\"callsPerDay\":1200}|{\"callsPerDay\":900}");
        assertThat(budget.status(SALESFORCE).allocation()).isEqualTo(900);
    }

    @Test
    @WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
    void onlyAnAdminMayChangeTheAllocationButEveryRoleMayReadIt() {
        assertThatThrownBy(() -> budget.setAllocation(100L))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(budget.status(SALESFORCE).system()).isEqualTo(SALESFORCE);
    }
}
