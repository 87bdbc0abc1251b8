package io.crmsync.settings.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import io.crmsync.settings.CompanyMappingService;
import io.crmsync.settings.CompanySettingsService;
import io.crmsync.settings.DealSettingsService;
import io.crmsync.settings.MappingChoice;
import io.crmsync.sync.CompanySettings;
import io.crmsync.sync.CompanySettings.SalesforceDeleteAction;
import io.crmsync.sync.DealSettings;
import io.crmsync.sync.FieldMapping;
import io.crmsync.sync.settings.SettingsFixture;
import io.crmsync.sync.settings.StoredSyncSettings;
import io.crmsync.sync.settings.SyncSettings;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The Companies tab: its switch and delete rule saved at the version they were read at, the switch
 * kept on while deals sync with the reason at it, read-only for Viewers, and the Company field
 * mappings in the same editor as the contacts'.
 */
@CrmsyncIntegrationTest
@WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
class CompaniesViewIT extends SpringBrowserlessTest {

    @Autowired SyncSettings engineView;
    @Autowired StoredSyncSettings cache;
    @Autowired JdbcClient jdbc;
    @Autowired CompanySettingsService companySettings;
    @Autowired CompanyMappingService companyMappings;

    @Autowired DealSettingsService dealSettings;

    @BeforeEach
    @AfterEach
    void defaults() {
        TestAccounts.asAdmin(
                () -> dealSettings.save(DealSettings.DEFAULTS, dealSettings.current().version()));
        SettingsFixture.restoreDefaults(jdbc, cache);
    }

    @Test
    void anEditorTurnsCompanySyncOnAndTheStoredSettingsFollow() {
        long before = engineView.version();
        CompaniesView view = navigate(CompaniesView.class);
        assertThat(view.syncEnabled.getValue()).isFalse();
        assertThat(view.salesforceDeletes.getValue()).isEqualTo(SalesforceDeleteAction.DO_NOTHING);
        assertThat(view.version.getText()).isEqualTo("Version " + before);

        test(view.syncEnabled).click();
        test(view.salesforceDeletes).selectItem("Delete the HubSpot company");
        test(view.save).click();

        assertThat(companySettings.current().settings())
                .isEqualTo(new CompanySettings(true, SalesforceDeleteAction.DELETE_COMPANY));
        assertThat(engineView.companySettings().syncEnabled()).isTrue();
        assertThat(view.version.getText()).isEqualTo("Version " + (before + 1));
        assertThat(navigate(CompaniesView.class).syncEnabled.getValue()).isTrue();
    }

    @Test
    void aSaveOverSomeoneElsesChangeIsRefusedWithItsMessage() {
        CompaniesView view = navigate(CompaniesView.class);
        var read = companySettings.current();
        companySettings.save(
                read.settings().withSalesforceDeletes(SalesforceDeleteAction.DELETE_COMPANY),
                read.version());

        test(view.syncEnabled).click();
        test(view.save).click();

        assertThat($(Notification.class).all())
                .anySatisfy(
                        n ->
                                assertThat(test(n).getText())
                                        .contains("Someone else changed the company settings")
                                        .contains("Reload the page"));
        assertThat(companySettings.current().settings())
                .isEqualTo(new CompanySettings(false, SalesforceDeleteAction.DELETE_COMPANY));
    }

    @Test
    void companySyncCannotBeTurnedOffWhileDealsSyncAndTheSwitchSaysWhy() {
        TestAccounts.asAdmin(
                () -> {
                    companySettings.save(
                            CompanySettings.DEFAULTS.withSyncEnabled(true),
                            companySettings.current().version());
                    dealSettings.save(
                            DealSettings.DEFAULTS.withSyncEnabled(true),
                            dealSettings.current().version());
                });
        CompaniesView view = navigate(CompaniesView.class);

        test(view.syncEnabled).click();
        test(view.save).click();

        assertThat(view.syncEnabled.isInvalid()).isTrue();
        assertThat(view.syncEnabled.getErrorMessage()).contains("turn deal sync off");
        assertThat(TestAccounts.asAdmin(() -> companySettings.current()).settings().syncEnabled())
                .isTrue();
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void aViewerSeesEveryControlReadOnly() {
        CompaniesView view = navigate(CompaniesView.class);

        assertThat(view.syncEnabled.isReadOnly()).isTrue();
        assertThat(view.salesforceDeletes.isReadOnly()).isTrue();
        assertThat(view.save.isEnabled()).isFalse();
        assertThat(view.mappings.add.isEnabled()).isFalse();
        MappingDialog dialog = view.mappings.open(companyMappings.mappings().getFirst());
        assertThat(dialog.rule.isReadOnly()).isTrue();
        assertThat(dialog.save.isEnabled()).isFalse();
        assertThat(view.formValue()).isEqualTo(CompanySettings.DEFAULTS);
    }

    @Test
    void theCompanyMappingsSectionListsTheDefaultMappings() {
        MappingsSection mappings = navigate(CompaniesView.class).mappings;

        assertThat(mappings.title.getText()).isEqualTo("Company field mappings");
        assertThat(test(mappings.grid).size()).isEqualTo(companyMappings.mappings().size());
        assertThat(companyMappings.mappings())
                .extracting(
                        FieldMapping::hubSpotProperty,
                        FieldMapping::salesforceField,
                        FieldMapping::defaultMapping)
                .contains(
                        tuple("name", "Name", true),
                        tuple("domain", "Website", true),
                        tuple("phone", "Phone", true),
                        tuple("address", "BillingStreet", true),
                        tuple("city", "BillingCity", true),
                        tuple("industry", "Industry", true),
                        tuple("numberofemployees", "NumberOfEmployees", true),
                        tuple("hubspot_owner_id", "OwnerId", true));
        assertThat(test(mappings.grid).getCellText(0, 0)).isEqualTo("Company name (name)");
        assertThat(test(mappings.grid).getCellText(0, 1)).isEqualTo("Account Name (Name)");
        assertThat(test(mappings.grid).getCellText(0, 2)).isEqualTo("Two-way");
    }

    @Test
    void anEditorAddsACompanyMappingWithTheTypeCheckedAtTheField() {
        MappingsSection mappings = navigate(CompaniesView.class).mappings;
        int before = test(mappings.grid).size();

        test(mappings.add).click();
        MappingDialog dialog = $(MappingDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Add a company mapping");
        test(dialog.hubSpot).selectItem(caption(dialog.hubSpot, "website"));
        test(dialog.salesforce).selectItem(caption(dialog.salesforce, "NumberOfEmployees"));
        test(dialog.save).click();

        assertThat(dialog.salesforce.isInvalid()).isTrue();
        assertThat(test(mappings.grid).size()).isEqualTo(before);

        test(dialog.salesforce).selectItem(caption(dialog.salesforce, "AccountNumber"));
        test(dialog.save).click();

        assertThat(companyMappings.mappings())
                .anyMatch(
                        m ->
                                m.hubSpotProperty().equals("website")
                                        && m.salesforceField().equals("AccountNumber")
                                        && !m.defaultMapping());
        assertThat(engineView.contactMappings())
                .noneMatch(m -> m.salesforceField().equals("AccountNumber"));
        assertThat(test(mappings.grid).size()).isEqualTo(before + 1);
        assertThat($(ContactResyncDialog.class).all()).isEmpty();
        assertThat($(Notification.class).all())
                .anySatisfy(
                        n ->
                                assertThat(n.getElement().getTextRecursively())
                                        .startsWith("Mapping added.")
                                        .contains("Existing companies take it when they next")
                                        .contains("Resync companies"));
    }

    private static String caption(ComboBox<MappingChoice> box, String name) {
        return box.getListDataView()
                .getItems()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow()
                .caption();
    }
}
