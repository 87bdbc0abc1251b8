package io.crmsync.settings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.crmsync.base.ui.Notifications;
import io.crmsync.base.ui.ViewHeader;
import io.crmsync.security.AppRoles;
import io.crmsync.settings.CompanyMappingService;
import io.crmsync.settings.CompanySettingsService;
import io.crmsync.settings.CompanySettingsSnapshot;
import io.crmsync.settings.ContactSettingsRejected;
import io.crmsync.sync.CompanySettings;
import io.crmsync.sync.CompanySettings.SalesforceDeleteAction;
import io.crmsync.sync.SyncControlService;
import io.crmsync.sync.SyncObject;
import jakarta.annotation.security.RolesAllowed;

/**
 * The Companies tab (PRODUCT.md S15): whether HubSpot companies and Salesforce accounts sync as
 * records of their own, what a deleted account does, and the Company field mappings, which its
 * {@code mappings} address scrolls to. Everyone may read it; Editors and Admins change it.
 */
@Route(CompaniesView.PATH)
@RouteAlias(CompaniesView.PATH + "/mappings")
@PageTitle("Companies | Salesforce integration | crmsync")
@RolesAllowed({AppRoles.ADMIN, AppRoles.EDITOR, AppRoles.VIEWER})
class CompaniesView extends VerticalLayout implements AfterNavigationObserver {

    static final String PATH = "integration/companies";

    final Checkbox syncEnabled = new Checkbox("Sync companies");
    final RadioButtonGroup<SalesforceDeleteAction> salesforceDeletes =
            Radios.of(
                    "When a Salesforce account is deleted, in HubSpot:",
                    SalesforceDeleteAction::label,
                    SalesforceDeleteAction.values());
    final Span version = new Span();
    final Button save = new Button("Save");
    final MappingsSection mappings;

    private final CompanySettingsService settings;
    private long readAt;

    CompaniesView(
            CompanySettingsService settings,
            CompanyMappingService companyMappings,
            SyncControlService sync,
            AuthenticationContext user) {
        this.settings = settings;
        boolean canChange = user.hasAnyRole(AppRoles.ADMIN, AppRoles.EDITOR);
        mappings =
                new MappingsSection(
                        companyMappings,
                        canChange,
                        CompanySectionTexts.NO_BACKFILL,
                        saved -> ObjectResync.offer(sync, SyncObject.COMPANY, saved));
        addClassName("companies-view");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(canChange);
        save.addClickListener(click -> save());
        syncEnabled.setReadOnly(!canChange);
        salesforceDeletes.setReadOnly(!canChange);
        add(
                ViewHeader.ofTab(
                        "How HubSpot companies and Salesforce accounts sync with each other.",
                        version,
                        save),
                CompanySectionTexts.syncing(syncEnabled),
                CompanySectionTexts.deleting(salesforceDeletes),
                mappings);
        read(settings.current());
    }

    /** The mappings address scrolls this tab to its mappings; other addresses leave it be. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (event.getLocation().getPath().endsWith("/mappings")) {
            mappings.scrollIntoView();
        }
    }

    private void save() {
        syncEnabled.setInvalid(false);
        try {
            read(settings.save(formValue(), readAt));
            Notifications.success("Company settings saved as version " + readAt + ".");
        } catch (ContactSettingsRejected rejected) {
            if (rejected.field() == ContactSettingsRejected.Field.SYNC_ENABLED) {
                syncEnabled.setErrorMessage(rejected.getMessage());
                syncEnabled.setInvalid(true);
            } else {
                Notifications.error(rejected.getMessage());
            }
        }
    }

    private void read(CompanySettingsSnapshot snapshot) {
        readAt = snapshot.version();
        version.setText("Version " + readAt);
        syncEnabled.setValue(snapshot.settings().syncEnabled());
        salesforceDeletes.setValue(snapshot.settings().salesforceDeletes());
    }

    CompanySettings formValue() {
        return new CompanySettings(syncEnabled.getValue(), salesforceDeletes.getValue());
    }
}
