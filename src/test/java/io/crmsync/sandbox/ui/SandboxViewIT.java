package io.crmsync.sandbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import io.crmsync.sandbox.SandboxFaultService;
import io.crmsync.security.AuditQuery;
import io.crmsync.security.AuditService;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

@CrmsyncIntegrationTest
class SandboxViewIT extends SpringBrowserlessTest {

    @Autowired SandboxFaultService faults;
    @Autowired AuditService audit;

    @AfterEach
    void noFaultsLeft() {
        var admin = new TestingAuthenticationToken(TestAccounts.ADMIN, null, "ROLE_ADMIN");
        SecurityContextHolder.getContext().setAuthentication(admin);
        SandboxFaultService.SYSTEMS.forEach(faults::clear);
    }

    @Test
    @WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
    void anEditorPutsHubSpotIntoAnOutageAndSeesItListed() {
        FaultsPanel panel = openFaults();
        test(panel.system).selectItem("HubSpot");
        test(panel.outage).click();
        test(panel.apply).click();

        assertThat(test(panel.grid).size()).isEqualTo(1);
        assertThat(test(panel.grid).getCellText(0, 2)).isEqualTo("Outage");
    }

    @Test
    @WithMockUser(username = TestAccounts.ADMIN, roles = "ADMIN")
    void aRateAbove100PercentIsRefusedAtItsField() {
        FaultsPanel panel = openFaults();
        test(panel.rate429).setValue(150.0);
        test(panel.apply).click();

        assertThat(panel.rate429.isInvalid()).isTrue();
        assertThat(panel.rate429.getErrorMessage()).contains("0 to 100");
        assertThat(test(panel.grid).size()).isZero();
    }

    @Test
    @WithMockUser(username = TestAccounts.ADMIN, roles = "ADMIN")
    void appliedFaultsAreAudited() {
        FaultsPanel panel = openFaults();
        test(panel.latency).setValue(250);
        test(panel.apply).click();

        assertThat(
                        audit.find(
                                new AuditQuery(
                                        "SANDBOX_FAULTS_CHANGED", TestAccounts.ADMIN, "salesforce"),
                                0,
                                1))
                .singleElement()
                .satisfies(
                        entry ->
                                assertThat(entry.changes())
                                        .anySatisfy(
                                                change ->
                                                        assertThat(change.field())
                                                                .isEqualTo("latencyMillis")));
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void aViewerCannotOpenTheSandboxPage() {
        UI.getCurrent().navigate(SandboxRoutes.PATH);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(SandboxView.class::isInstance);
    }

    private FaultsPanel openFaults() {
        UI.getCurrent().navigate(SandboxRoutes.PATH);
        SandboxView view =
                (SandboxView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        view.tabs.setSelectedIndex(2);
        return $(FaultsPanel.class).single();
    }
}
