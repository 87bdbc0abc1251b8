package io.crmsync.records.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import io.crmsync.base.ExternalSystem;
import io.crmsync.connection.Connectors;
import io.crmsync.records.SyncRecordService;
import io.crmsync.settings.CompanySettingsService;
import io.crmsync.spi.HubSpotId;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.WriteOperation;
import io.crmsync.sync.CompanySettings;
import io.crmsync.sync.RecordField;
import io.crmsync.sync.RecordRef;
import io.crmsync.sync.engine.RecordSyncDriver;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Looking a contact or a company up on the Records page, opening one from a link, and who may sync
 * it now.
 */
@CrmsyncIntegrationTest
class RecordsViewIT extends SpringBrowserlessTest {

    @Autowired Connectors connectors;
    @Autowired SyncRecordService records;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired CompanySettingsService companySettings;

    RecordSyncDriver engine;
    String email;
    String salesforceId;

    @BeforeEach
    void aSyncedSalesforceContact() {
        engine = RecordSyncDriver.of(context);
        engine.reset();
        email = "grace-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        salesforceId =
                connectors
                        .salesforce()
                        .write(
                                "Contact",
                                WriteOperation.CREATE,
                                List.of(
                                        new RecordWrite(
                                                "r",
                                                null,
                                                null,
                                                Map.of(
                                                        "FirstName",
                                                        "Grace",
                                                        "LastName",
                                                        "Hopper",
                                                        "Email",
                                                        email))))
                        .getFirst()
                        .id();
        engine.settle();
    }

    @AfterEach
    void companiesOff() {
        companies(false);
    }

    @Test
    @WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
    void anEditorFindsAContactByEmailAndSyncsItNow() {
        RecordsView view = navigate(RecordsView.class);

        test(view.search).setValue(email);
        test(view.find).click();

        assertThat(view.search.isInvalid()).isFalse();
        RecordPanel panel = view.panel;
        assertThat(panel).isNotNull();
        assertThat(panel.fields.getContent().getListDataView().getItems())
                .extracting(RecordField::hubSpotProperty)
                .contains("firstname", "lastname");
        assertThat(panel.fields.differing()).isEmpty();
        assertThat(panel.provenance.getContent().getListDataView().getItems()).isNotEmpty();
        assertThat(panel.syncNow.isEnabled()).isTrue();

        test(panel.syncNow).click();

        assertThat(panel.syncStatus.getText()).startsWith("Queued on").contains("Salesforce");
        engine.settle();
    }

    @Test
    @WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
    void aContactDeletedInHubSpotSaysSoAndThatTheSalesforceContactWasKept() {
        RecordsView view = navigate(RecordsView.class);
        test(view.search).setValue(email);
        test(view.find).click();
        String hubSpotId = records.find(email).orElseThrow().hubSpot().id();
        connectors
                .hubSpot()
                .write(
                        "contacts",
                        WriteOperation.DELETE,
                        List.of(new RecordWrite("gone", hubSpotId, null, Map.of())));
        records.syncNow(new RecordRef(new HubSpotId(hubSpotId), null));
        engine.settle();

        test(view.search).setValue(salesforceId);
        test(view.find).click();

        assertThat(view.panel.link.unlinked.getText())
                .startsWith("Deleted in HubSpot on ")
                .endsWith("; unlinked; the Salesforce contact was kept");
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void theOwnerIsShownByNameAndEmailOnBothSidesNotByItsId() {
        RecordsView view = navigate(RecordsView.class);

        test(view.search).setValue(email);
        test(view.find).click();

        RecordField owner =
                view.panel
                        .fields
                        .getContent()
                        .getListDataView()
                        .getItems()
                        .filter(f -> f.hubSpotProperty().equals("hubspot_owner_id"))
                        .findFirst()
                        .orElseThrow();
        assertThat(owner.hubSpotValue())
                .isEqualTo("Integration User (integration@crmsync-sandbox.example.com)");
        assertThat(owner.salesforceValue())
                .doesNotStartWith("005")
                .contains("(integration@crmsync-sandbox.example.com)");
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void aContactListsItsAccountAndHubSpotCompanyAsOneLinkedAssociatedRecord() {
        String name = "Harvard Computing " + UUID.randomUUID().toString().substring(0, 8);
        String account = create("Account", Map.of("Name", name));
        String aiken = "howard-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        create("Contact", Map.of("LastName", "Aiken", "Email", aiken, "AccountId", account));
        engine.settle();
        RecordsView view = navigate(RecordsView.class);

        test(view.search).setValue(aiken);
        test(view.find).click();

        assertThat(view.panel.associations.items())
                .singleElement()
                .satisfies(
                        a -> {
                            assertThat(a.record().name()).isEqualTo(name);
                            assertThat(a.record().ref().salesforce().value()).isEqualTo(account);
                            assertThat(a.record().linked()).isTrue();
                            assertThat(RecordAssociationsGrid.where(a))
                                    .isEqualTo("HubSpot and Salesforce");
                        });
        test(view.search).setValue(email);
        test(view.find).click();
        assertThat(view.panel.associations.items()).isEmpty();
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void aLinkToAnAccountShowsTheCompanyWithItsContactsEachOpeningInRecords() {
        companies(true);
        String name = "Eckert Mauchly " + UUID.randomUUID().toString().substring(0, 8);
        String account = create("Account", Map.of("Name", name));
        String jean =
                create(
                        "Contact",
                        Map.of(
                                "LastName",
                                "Bartik",
                                "Email",
                                "jean-"
                                        + UUID.randomUUID().toString().substring(0, 8)
                                        + "@example.com",
                                "AccountId",
                                account));
        create(
                "Contact",
                Map.of(
                        "LastName",
                        "Holberton",
                        "Email",
                        "betty-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com",
                        "AccountId",
                        account));
        engine.settle();

        UI.getCurrent()
                .navigate(
                        RecordsView.class,
                        QueryParameters.simple(Map.of("object", "company", "id", account)));
        RecordsView view = (RecordsView) getCurrentView();

        RecordPanel panel = view.panel;
        assertThat(panel).isNotNull();
        assertThat(panel.link.unlinked).isNull();
        assertThat(panel.fields.getContent().getListDataView().getItems())
                .extracting(RecordField::hubSpotProperty)
                .contains("name", "domain");
        assertThat(panel.associations.items())
                .hasSize(2)
                .allSatisfy(
                        a -> {
                            assertThat(a.record().linked()).isTrue();
                            assertThat(RecordAssociationsGrid.where(a))
                                    .isEqualTo("HubSpot and Salesforce");
                        });
        assertThat(panel.associations.items())
                .extracting(a -> RecordLinks.to(a.record().ref()))
                .contains("records?object=contact&id=" + jean);
        assertThat(panel.skipped.isAttached()).as("a company has no skipped fields").isFalse();

        UI.getCurrent()
                .navigate(
                        RecordsView.class,
                        QueryParameters.simple(Map.of("object", "contact", "id", jean)));
        RecordsView contact = (RecordsView) getCurrentView();
        assertThat(contact.panel.associations.items())
                .singleElement()
                .satisfies(a -> assertThat(a.record().name()).isEqualTo(name));
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void aNameTwoAccountsShareListsBothToChooseFrom() {
        String name = "Twin Co " + UUID.randomUUID().toString().substring(0, 8);
        String first = create("Account", Map.of("Name", name));
        create("Account", Map.of("Name", name));
        RecordsView view = navigate(RecordsView.class);

        test(view.search).setValue(name);
        test(view.find).click();

        assertThat(view.panel).isNull();
        assertThat(view.matches.links)
                .hasSize(2)
                .extracting(a -> a.getHref())
                .contains("records?object=company&id=" + first);
    }

    @Test
    @WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
    void syncNowOnAnAccountWhileCompanySyncIsOffSaysSoAndQueuesNothing() {
        String account = create("Account", Map.of("Name", "Dormant Co"));
        RecordsView view = navigate(RecordsView.class);
        test(view.search).setValue(account);
        test(view.find).click();

        test(view.panel.syncNow).click();

        assertThat(view.panel.syncStatus.getText())
                .isEqualTo("Company sync is off: turn it on in the Companies settings first.");
        assertThat(engine.queued(ExternalSystem.SALESFORCE, "Account", account)).isFalse();
    }

    private void companies(boolean on) {
        TestAccounts.asAdmin(
                () -> {
                    var current = companySettings.current();
                    companySettings.save(
                            CompanySettings.DEFAULTS.withSyncEnabled(on), current.version());
                });
    }

    private String create(String type, Map<String, Object> fields) {
        return connectors
                .salesforce()
                .write(
                        type,
                        WriteOperation.CREATE,
                        List.of(new RecordWrite("r", null, null, fields)))
                .getFirst()
                .id();
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void aViewerOpensALinkToARecordAndSeesSyncNowDisabled() {
        UI.getCurrent()
                .navigate(RecordsView.class, QueryParameters.of(RecordsView.QUERY, salesforceId));
        RecordsView view = (RecordsView) getCurrentView();

        assertThat(view.search.getValue()).isEqualTo(salesforceId);
        assertThat(view.panel).isNotNull();
        assertThat(view.panel.syncNow.isEnabled()).isFalse();
    }

    @Test
    @WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
    void aSkippedFieldIsListedAndAnEditorSyncsItAgain() {
        jdbc.sql(
                        """
                        INSERT INTO sync_field_skip (salesforce_type, salesforce_id, record_label,
                          hubspot_property, salesforce_field, reason, created_by, created_at)
                        VALUES ('Contact', ?, 'Grace Hopper', 'jobtitle', 'Title',
                          'STRING_TOO_LONG', 'editor', NOW(3))
                        """)
                .param(salesforceId)
                .update();
        RecordsView view = navigate(RecordsView.class);
        test(view.search).setValue(email);
        test(view.find).click();

        RecordSkipsGrid skipped = view.panel.skipped;
        assertThat(skipped.isVisible()).isTrue();
        assertThat(skipped.mayChange()).isTrue();
        assertThat(skipped.skips())
                .singleElement()
                .satisfies(s -> assertThat(s.salesforceField()).isEqualTo("Title"));

        skipped.remove(skipped.skips().getFirst());

        assertThat(skipped.skips()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sync_field_skip").query(Long.class).single())
                .isZero();
        assertThat(
                        jdbc.sql(
                                        "SELECT COUNT(*) FROM audit_event"
                                                + " WHERE action = 'CONTACT_FIELD_SKIP_REMOVED'"
                                                + " AND before_state LIKE '%Grace Hopper%'")
                                .query(Long.class)
                                .single())
                .isPositive();
        engine.settle();
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void anUnknownContactIsSaidAtTheField() {
        RecordsView view = navigate(RecordsView.class);

        test(view.search).setValue("nobody-" + UUID.randomUUID() + "@example.com");
        test(view.find).click();

        assertThat(view.search.isInvalid()).isTrue();
        assertThat(view.search.getErrorMessage()).startsWith("No record found");
        assertThat(view.panel).isNull();
    }
}
