package io.crmsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.budget.ApiBudgetService;
import io.crmsync.sync.SyncControlService;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A resync waits while the Salesforce calls allocated to HubSpot are used up, says why on the sync
 * status, and goes on when the allocation is raised; changes of streams past their backfill go on.
 */
@CrmsyncIntegrationTest
@WithMockUser(username = TestAccounts.ADMIN, roles = "ADMIN")
class BudgetHoldIT extends SyncScenarioSupport {

    @Autowired ApiBudgetService budget;
    @Autowired SyncControlService control;
    @Autowired Cursors cursors;

    @AfterEach
    void noAllocation() {
        budget.setAllocation(null);
    }

    @Test
    void aResyncWaitsForTheBudgetAndResumesWhenTheAllocationIsRaised() {
        String email = SyncFixture.email("frances");
        String salesforceId =
                sync.createSalesforce(
                        "Contact",
                        Map.of("FirstName", "Frances", "LastName", "Allen", "Email", email));
        sync.settle();
        assertThat(sync.linkOfSalesforce(salesforceId)).isPresent();

        budget.setAllocation(1L);
        control.resyncContacts();
        sync.settle();

        assertThat(backfillDone("SALESFORCE:Contact"))
                .as("the resync has not read the stream")
                .isFalse();
        assertThat(control.status().held())
                .contains("used")
                .contains("Salesforce calls allocated to HubSpot");

        budget.setAllocation(100_000L);
        sync.settle();

        assertThat(backfillDone("SALESFORCE:Contact")).isTrue();
        assertThat(control.status().held()).isNull();
    }

    private boolean backfillDone(String stream) {
        return cursors.find(stream).orElseThrow().backfillDone();
    }
}
