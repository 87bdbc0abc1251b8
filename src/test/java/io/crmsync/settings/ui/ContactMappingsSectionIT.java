package io.crmsync.settings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import io.crmsync.settings.ContactSettingsService;
import io.crmsync.settings.SettingChange;
import io.crmsync.sync.FieldMapping;
import io.crmsync.sync.SyncRule;
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
 * The Contact field mappings section of the Contacts tab: problems show at the field; Viewers
 * cannot change anything; a change offers a resync of the contacts.
 */
@CrmsyncIntegrationTest
@WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
class ContactMappingsSectionIT extends SpringBrowserlessTest {

    @Autowired SyncSettings engineView;
    @Autowired StoredSyncSettings cache;
    @Autowired JdbcClient jdbc;
    @Autowired ContactSettingsService settings;

    @BeforeEach
    @AfterEach
    void defaults() {
        SettingsFixture.restoreDefaults(jdbc, cache);
    }

    @Test
    void anIncompatibleFieldIsMarkedAtTheFieldAndAFixedOneIsAdded() {
        MappingsSection view = navigate(ContactsView.class).mappings;
        int before = test(view.grid).size();
        assertThat(before).isEqualTo(engineView.contactMappings().size());

        test(view.add).click();
        MappingDialog dialog = $(MappingDialog.class).single();
        test(dialog.hubSpot).selectItem(caption(dialog.hubSpot, "hs_state_code"));
        test(dialog.salesforce).selectItem(caption(dialog.salesforce, "Department"));
        test(dialog.save).click();

        assertThat(dialog.salesforce.isInvalid()).isTrue();
        assertThat(dialog.salesforce.getErrorMessage()).contains("picklist");
        assertThat(dialog.hubSpot.isInvalid()).isFalse();

        test(dialog.salesforce).selectItem(caption(dialog.salesforce, "LeadSource"));
        test(dialog.save).click();

        assertThat(engineView.contactMappings())
                .anyMatch(
                        m ->
                                m.hubSpotProperty().equals("hs_state_code")
                                        && m.salesforceField().equals("LeadSource"));
        assertThat(test(view.grid).size()).isEqualTo(before + 1);
    }

    @Test
    void aDefaultMappingKeepsItsFieldsInTheEditor() {
        MappingsSection view = navigate(ContactsView.class).mappings;
        FieldMapping email =
                engineView.contactMappings().stream()
                        .filter(m -> m.hubSpotProperty().equals("email"))
                        .findFirst()
                        .orElseThrow();

        MappingDialog dialog = view.open(email);

        assertThat(dialog.hubSpot.isReadOnly()).isTrue();
        assertThat(dialog.salesforce.isReadOnly()).isTrue();
        assertThat(dialog.rule.isReadOnly()).isFalse();
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void aViewerCannotAddOrChange() {
        MappingsSection view = navigate(ContactsView.class).mappings;

        assertThat(view.add.isEnabled()).isFalse();
        MappingDialog dialog = view.open(engineView.contactMappings().getFirst());
        assertThat(dialog.rule.isReadOnly()).isTrue();
        assertThat(dialog.truncate.isReadOnly()).isTrue();
        assertThat(dialog.defaultValue.isReadOnly()).isTrue();
        assertThat(dialog.save.isEnabled()).isFalse();
    }

    @Test
    void truncationAndADefaultAreEditedWithTheDefaultCheckedAtItsField() {
        MappingsSection view = navigate(ContactsView.class).mappings;
        FieldMapping title = mapping("jobtitle");

        MappingDialog dialog = view.open(title);
        roundTrip();
        assertThat(dialog.truncate.getHelperText()).contains("at most 128 characters");
        test(dialog.truncate).click();
        test(dialog.defaultValue).setValue("x".repeat(129));
        test(dialog.save).click();

        assertThat(dialog.defaultValue.isInvalid()).isTrue();
        assertThat(dialog.defaultValue.getErrorMessage()).contains("at most 128");
        assertThat(mapping("jobtitle").truncate()).isFalse();

        test(dialog.defaultValue).setValue("Employee");
        test(dialog.save).click();

        FieldMapping saved = mapping("jobtitle");
        assertThat(saved.truncate()).isTrue();
        assertThat(saved.defaultValue()).isEqualTo("Employee");
        assertThat(view.open(saved).truncate.getValue()).isTrue();
    }

    @Test
    void aDefaultOfAPicklistMustBeOneOfItsValues() {
        MappingsSection view = navigate(ContactsView.class).mappings;

        MappingDialog dialog = view.open(mapping("industry"));
        roundTrip();
        test(dialog.defaultValue).setValue("Rocketry");
        test(dialog.save).click();

        assertThat(dialog.defaultValue.isInvalid()).isTrue();
        assertThat(dialog.defaultValue.getErrorMessage())
                .contains("not one of the values")
                .contains("Technology");

        test(dialog.defaultValue).setValue("technology");
        test(dialog.save).click();
        assertThat(mapping("industry").defaultValue()).isEqualTo("Technology");
    }

    @Test
    void theGridShowsEachCrmsLabelWithTheApiNameBesideIt() {
        MappingsSection view = navigate(ContactsView.class).mappings;
        int row = rowOf(view, "jobtitle");

        assertThat(test(view.grid).getCellText(row, 0)).isEqualTo("Job Title (jobtitle)");
        assertThat(test(view.grid).getCellText(rowOf(view, "lastname"), 1))
                .isEqualTo("Last Name (LastName)");
    }

    @Test
    void savingAMappingChangeOffersToResyncTheContactsAndTheHistoryShowsTheChange() {
        MappingsSection view = navigate(ContactsView.class).mappings;
        MappingDialog dialog = view.open(mapping("jobtitle"));
        roundTrip();
        test(dialog.rule).selectItem(SyncRule.TWO_WAY.label());
        test(dialog.save).click();

        ContactResyncDialog offer = $(ContactResyncDialog.class).single();
        assertThat(offer.isOpened()).isTrue();
        assertThat(offer.resync.getText()).isEqualTo("Resync the contacts now");
        long runsBefore = resyncRuns();
        test(offer.resync).click();
        assertThat(resyncRuns()).isEqualTo(runsBefore + 1);

        MappingDialog again = view.open(mapping("jobtitle"));
        roundTrip();
        test(again.rule).selectItem(SyncRule.ALWAYS_SALESFORCE.label());
        test(again.save).click();
        assertThat(settings.changesIn(engineView.version()))
                .containsExactly(
                        new SettingChange(
                                "Mapping jobtitle ↔ Title: sync rule",
                                "Two-way",
                                "Always use Salesforce"));
    }

    private long resyncRuns() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'SYNC_RESYNC'")
                .query(Long.class)
                .single();
    }

    private int rowOf(MappingsSection view, String hubSpotProperty) {
        for (int i = 0; i < test(view.grid).size(); i++) {
            if (test(view.grid).getRow(i).hubSpotProperty().equals(hubSpotProperty)) {
                return i;
            }
        }
        throw new AssertionError("no mapping of " + hubSpotProperty);
    }

    private FieldMapping mapping(String hubSpotProperty) {
        return engineView.contactMappings().stream()
                .filter(m -> m.hubSpotProperty().equals(hubSpotProperty))
                .findFirst()
                .orElseThrow();
    }

    private static String caption(
            com.vaadin.flow.component.combobox.ComboBox<io.crmsync.settings.MappingChoice> box,
            String name) {
        return box.getListDataView()
                .getItems()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow()
                .caption();
    }
}
