package io.crmsync.budget.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import io.crmsync.base.ExternalSystem;
import io.crmsync.budget.ApiBudgetService;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** Admins set the allocation on the API budget page; other roles only read it. */
@CrmsyncIntegrationTest
class ApiBudgetViewIT extends SpringBrowserlessTest {

    @Autowired ApiBudgetService budget;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void noAllocation() {
        jdbc.sql("DELETE FROM api_allocation").update();
    }

    @Test
    @WithMockUser(username = TestAccounts.ADMIN, roles = "ADMIN")
    void anAdminSetsTheAllocationAfterAMistakeShownAtTheField() {
        ApiBudgetView view = navigate(ApiBudgetView.class);
        AllocationCard card = view.salesforce;

        test(card.allocation).setValue("lots");
        test(card.save).click();
        assertThat(card.allocation.isInvalid()).isTrue();
        assertThat(card.allocation.getErrorMessage()).contains("positive whole number");

        test(card.allocation).setValue("12,000");
        test(card.save).click();
        assertThat(card.allocation.isInvalid()).isFalse();
        assertThat(budget.status(ExternalSystem.SALESFORCE).allocation()).isEqualTo(12_000);
        assertThat(card.side.used.getText()).contains("12,000 allocated");
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void aViewerSeesTheBudgetButCannotChangeTheAllocation() {
        ApiBudgetView view = navigate(ApiBudgetView.class);

        assertThat(view.salesforce.allocation.isReadOnly()).isTrue();
        assertThat(view.salesforce.save.isVisible()).isFalse();
        assertThat(view.hubspot.limit.getText()).contains("HubSpot");
        assertThat(view.hubspot.failed.getText()).startsWith("Failed calls in the last 24 hours");
        assertThat(view.salesforce.side.failed.getText())
                .startsWith("Failed calls in the last 24 hours");
    }
}
