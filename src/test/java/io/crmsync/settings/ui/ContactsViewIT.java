package io.crmsync.settings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import io.crmsync.settings.SettingChange;
import io.crmsync.sync.ContactSettings;
import io.crmsync.sync.ContactSettings.SalesforceDeleteAction;
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

/** The Contacts tab: Editors change and save it, Viewers only read it, warnings show live. */
@CrmsyncIntegrationTest
@WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
class ContactsViewIT extends SpringBrowserlessTest {

    @Autowired SyncSettings engineView;
    @Autowired StoredSyncSettings cache;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void defaults() {
        SettingsFixture.restoreDefaults(jdbc, cache);
    }

    @Test
    void anEditorSavesAChangeAndSeesTheNewVersion() {
        long before = engineView.version();
        ContactsView view = navigate(ContactsView.class);
        assertThat(view.version.getText()).isEqualTo("Version " + before);

        test(view.salesforceDeletes).selectItem("Delete the contact");
        test(view.save).click();

        assertThat(engineView.contactSettings().salesforceDeletes())
                .isEqualTo(SalesforceDeleteAction.DELETE_CONTACT);
        assertThat(view.version.getText()).isEqualTo("Version " + (before + 1));
        assertThat(test(view.history.grid).getRow(0).version()).isEqualTo(before + 1);
        assertThat(test(view.history.grid).getRow(0).changedBy()).isEqualTo(TestAccounts.EDITOR);
    }

    @Test
    void theHistoryShowsWhatAVersionChangedFieldByField() {
        ContactsView view = navigate(ContactsView.class);
        test(view.salesforceDeletes).selectItem("Delete the contact");
        test(view.save).click();
        test(view.salesforceDeletes).selectItem("Do nothing");
        test(view.lifecycleFromOpportunities).click();
        test(view.save).click();

        SettingsVersionDiff diff = view.history.diff(test(view.history.grid).getRow(0));

        assertThat(diff.changes)
                .containsExactly(
                        new SettingChange(
                                "A Salesforce contact or lead deleted",
                                "Delete the HubSpot contact",
                                "Do nothing"),
                        new SettingChange("Lifecycle stage from opportunities", "On", "Off"));
    }

    @Test
    void choosingLeadsWhileCompaniesAreCreatedShowsTheDuplicateWarning() {
        ContactsView view = navigate(ContactsView.class);
        assertThat(view.warnings.isVisible()).isFalse();

        test(view.hubSpotTarget).selectItem("Create or update the lead");

        assertThat(view.warnings.isVisible()).isTrue();
        assertThat(view.warnings.getElement().getTextRecursively())
                .contains("a duplicate company will be created in HubSpot");

        test(view.autoCreateCompanies).click();

        assertThat(view.warnings.isVisible()).isFalse();
    }

    @Test
    void aCreatedInclusionListIsSelectedAndTheNoBackfillNoticeOffersAResync() {
        ContactsView view = navigate(ContactsView.class);
        assertThat(view.inclusionList.list.getPlaceholder()).isEqualTo(ContactInclusionList.NONE);

        test(view.inclusionList.create).click();
        var dialog = $(com.vaadin.flow.component.dialog.Dialog.class).single();
        var name = $(com.vaadin.flow.component.textfield.TextField.class, dialog).single();
        test(name).setValue("Sync to Salesforce from the view");
        test($(com.vaadin.flow.component.button.Button.class, dialog).withText("Create").single())
                .click();

        assertThat(view.inclusionList.list.getValue().name())
                .isEqualTo("Sync to Salesforce from the view");
        assertThat(view.inclusionList.backfillNotice.isOpened()).isTrue();
        test(view.save).click();
        assertThat(engineView.contactSettings().inclusionListId())
                .isEqualTo(view.inclusionList.list.getValue().id());
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void aViewerSeesEveryControlReadOnly() {
        ContactsView view = navigate(ContactsView.class);

        assertThat(view.salesforceChanges.isReadOnly()).isTrue();
        assertThat(view.hubSpotTarget.isReadOnly()).isTrue();
        assertThat(view.autoCreateCompanies.isReadOnly()).isTrue();
        assertThat(view.salesforceDeletes.isReadOnly()).isTrue();
        assertThat(view.lifecycleFromOpportunities.isReadOnly()).isTrue();
        assertThat(view.companyLifecycleSync.isReadOnly()).isTrue();
        assertThat(view.statePicklist.isReadOnly()).isTrue();
        assertThat(view.stateValues.isReadOnly()).isTrue();
        assertThat(view.inclusionList.list.isReadOnly()).isTrue();
        assertThat(view.inclusionList.create.isEnabled()).isFalse();
        assertThat(view.save.isEnabled()).isFalse();
        assertThat(view.formValue()).isEqualTo(ContactSettings.DEFAULTS);
    }
}
