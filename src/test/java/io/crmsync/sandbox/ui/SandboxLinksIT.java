package io.crmsync.sandbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import io.crmsync.base.ExternalSystem;
import io.crmsync.base.SandboxLink;
import io.crmsync.sandbox.SandboxRecordService;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** A link to a sandbox record, as Sync Health and Records give it, opens that record to edit. */
@CrmsyncIntegrationTest
@WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
class SandboxLinksIT extends SpringBrowserlessTest {

    @Autowired SandboxRecordService records;

    @Test
    void aSalesforceLeadLinkOpensTheLeadSelectedAndReadyToEdit() {
        String email = "link-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String id =
                records.save(
                                ExternalSystem.SALESFORCE,
                                "Lead",
                                null,
                                Map.of("LastName", "Linked", "Company", "Acme", "Email", email))
                        .id();

        SandboxView view = open(new SandboxLink(ExternalSystem.SALESFORCE, "Lead", id));

        assertThat(view.tabs.getSelectedIndex()).isZero();
        RecordsPanel panel = view.panels.get(ExternalSystem.SALESFORCE);
        assertThat(panel.isAttached()).as("the Salesforce tab is shown").isTrue();
        assertThat(panel.type.getValue()).isEqualTo("Lead");
        assertThat(panel.search.getValue()).isEqualTo(id);
        assertThat(test(panel.grid).size()).isEqualTo(1);
        assertThat(panel.selected()).hasValueSatisfying(row -> assertThat(row.id()).isEqualTo(id));
        assertThat(panel.edit.isEnabled()).isTrue();

        test(panel.edit).click();
        RecordDialog dialog = $(RecordDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Lead " + id);
        assertThat(dialog.fields.get("Email").getValue()).isEqualTo(email);
    }

    @Test
    void aHubSpotContactLinkOpensTheHubSpotTabWithTheContactSelected() {
        String email = "link-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String id =
                records.save(
                                ExternalSystem.HUBSPOT,
                                "contacts",
                                null,
                                Map.of("lastname", "Linked", "email", email))
                        .id();

        SandboxView view = open(new SandboxLink(ExternalSystem.HUBSPOT, "contacts", id));

        assertThat(view.tabs.getSelectedIndex()).isEqualTo(1);
        RecordsPanel panel = view.panels.get(ExternalSystem.HUBSPOT);
        assertThat(panel.type.getValue()).isEqualTo("contacts");
        assertThat(panel.selected())
                .hasValueSatisfying(
                        row -> {
                            assertThat(row.id()).isEqualTo(id);
                            assertThat(row.fields()).containsEntry("email", email);
                        });
        assertThat(panel.edit.isEnabled()).isTrue();
    }

    @Test
    void aLinkToARecordThatIsGoneSaysSo() {
        SandboxView view =
                open(new SandboxLink(ExternalSystem.SALESFORCE, "Contact", "003000000000000AAA"));

        assertThat(view.panels.get(ExternalSystem.SALESFORCE).selected()).isEmpty();
        assertThat(test($(Notification.class).last()).getText())
                .contains("Salesforce has no Contact 003000000000000AAA");
    }

    @Test
    void thePageWithoutALinkOpensOnSalesforceContacts() {
        SandboxView view = open(null);

        assertThat(view.tabs.getSelectedIndex()).isZero();
        assertThat(view.panels.get(ExternalSystem.SALESFORCE).type.getValue()).isEqualTo("Contact");
        assertThat(view.panels.get(ExternalSystem.SALESFORCE).selected()).isEmpty();
    }

    @Test
    void anAddressWithASideAndAnObjectButNoIdOpensThatList() {
        UI.getCurrent()
                .navigate(
                        SandboxRoutes.PATH,
                        QueryParameters.fromString("side=hubspot&object=contacts"));
        roundTrip();
        SandboxView view = $(SandboxView.class).single();

        assertThat(view.tabs.getSelectedIndex()).isEqualTo(1);
        RecordsPanel panel = view.panels.get(ExternalSystem.HUBSPOT);
        assertThat(panel.isAttached()).as("the HubSpot tab is shown").isTrue();
        assertThat(panel.type.getValue()).isEqualTo("contacts");
        assertThat(panel.selected()).isEmpty();
    }

    /** Navigates to the address exactly as the link gives it. */
    private SandboxView open(SandboxLink link) {
        String location = link == null ? SandboxRoutes.PATH : link.location();
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent()
                    .navigate(
                            location.substring(0, query),
                            QueryParameters.fromString(location.substring(query + 1)));
        }
        roundTrip();
        SandboxView view = $(SandboxView.class).single();
        assertThat(view.isAttached()).as("the page is shown").isTrue();
        return view;
    }
}
