package io.crmsync.connection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import io.crmsync.base.ExternalSystem;
import io.crmsync.connection.ConnectionMode;
import io.crmsync.spi.ActiveConnections;
import io.crmsync.spi.AuthFlow;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.SandboxConnections;
import io.crmsync.testsupport.TestAccounts;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** An Admin sets up a real Salesforce org on the Connections page; problems show at the field. */
@CrmsyncIntegrationTest
@WithMockUser(username = TestAccounts.ADMIN, roles = "ADMIN")
class ConnectionsViewIT extends SpringBrowserlessTest {

    @Autowired JdbcClient jdbc;

    @Autowired ApplicationEventPublisher events;
    @Autowired ActiveConnections active;

    @BeforeEach
    @AfterEach
    void sandboxesOnly() {
        SandboxConnections.restore(jdbc, events);
    }

    @Test
    void testingTheSandboxShowsTheOrgTheApiVersionAndTheDailyLimit() {
        ConnectionsView view = navigate(ConnectionsView.class);
        ConnectionCard card = view.salesforce;

        test(card.test).click();

        assertThat(card.status.getText())
                .startsWith("Connected to 00D")
                .contains("API v62.0")
                .containsPattern("Daily API requests: [\\d,]+, [\\d,]+ left\\.$");
    }

    @Test
    void anAdminSavesARealSalesforceOrgAfterFixingABadUrl() {
        ConnectionsView view = navigate(ConnectionsView.class);
        ConnectionCard card = view.salesforce;
        assertThat(card.mode.getValue()).isEqualTo(ConnectionMode.SANDBOX);
        assertThat(card.status.getText()).contains("/sandbox/salesforce");

        test(card.mode).selectItem(ConnectionMode.REAL.label());
        test(card.flow).selectItem("Client credentials (integration user)");
        test(card.baseUrl).setValue("acme.my.salesforce.com");
        test(card.clientId).setValue("3MVG9-consumer-key");
        test(card.clientSecret).setValue("view-secret-42");
        test(card.save).click();

        assertThat(card.baseUrl.isInvalid()).isTrue();
        assertThat(card.baseUrl.getErrorMessage()).contains("https://");
        assertThat(active.settings(ExternalSystem.SALESFORCE).sandbox()).isTrue();

        test(card.baseUrl).setValue("https://acme.my.salesforce.com");
        test(card.save).click();

        assertThat(card.baseUrl.isInvalid()).isFalse();
        var settings = active.settings(ExternalSystem.SALESFORCE);
        assertThat(settings.sandbox()).isFalse();
        assertThat(settings.flow()).isEqualTo(AuthFlow.SALESFORCE_CLIENT_CREDENTIALS);
        assertThat(settings.clientSecret()).isEqualTo("view-secret-42");
        assertThat(card.clientSecret.getValue()).isEmpty();
        assertThat(card.clientSecret.getHelperText()).contains("keep the saved secret");
    }

    @Test
    void savingAnotherOrgThanTheLinkedOneAsksForConfirmationFirst() {
        ConnectionsView view = navigate(ConnectionsView.class);
        ConnectionCard card = view.salesforce;
        test(card.mode).selectItem(ConnectionMode.REAL.label());
        test(card.flow).selectItem("Client credentials (integration user)");
        test(card.baseUrl).setValue("https://acme.my.salesforce.com");
        test(card.clientId).setValue("3MVG9-consumer-key");
        test(card.clientSecret).setValue("view-secret-42");
        test(card.save).click();
        jdbc.sql("UPDATE crm_connection SET linked_account_id = '00DLINKED000002'").update();

        test(card.baseUrl).setValue("https://other-org.example.invalid");
        test(card.save).click();
        SwitchConfirmDialog dialog = $(SwitchConfirmDialog.class).single();
        assertThat(active.settings(ExternalSystem.SALESFORCE).baseUrl())
                .isEqualTo("https://acme.my.salesforce.com");

        test(dialog.confirm).click();
        assertThat(active.settings(ExternalSystem.SALESFORCE).baseUrl())
                .isEqualTo("https://other-org.example.invalid");
    }

    @Test
    void aStaleSalesforceCallbackSaysToStartAgain() {
        UI.getCurrent()
                .navigate(
                        SalesforceCallbackView.PATH,
                        QueryParameters.simple(Map.of("state", "stale", "code", "abc")));

        SalesforceCallbackView view = (SalesforceCallbackView) getCurrentView();
        assertThat(view.outcome.getText()).contains("Start again with Connect with Salesforce");
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void aViewerCannotOpenThePage() {
        UI.getCurrent().navigate("connections");
        assertThat(getCurrentView() instanceof ConnectionsView).isFalse();
        assertThat($(ConnectionCard.class).all()).isEmpty();
    }
}
