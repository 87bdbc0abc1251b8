package io.crmsync.settings.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
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
import io.crmsync.settings.ContactMappingService;
import io.crmsync.settings.ContactSettingsRejected;
import io.crmsync.settings.ContactSettingsService;
import io.crmsync.settings.ContactSettingsSnapshot;
import io.crmsync.sync.ContactSettings;
import io.crmsync.sync.ContactSettings.HubSpotStateValues;
import io.crmsync.sync.ContactSettings.HubSpotTarget;
import io.crmsync.sync.ContactSettings.SalesforceChangeAction;
import io.crmsync.sync.ContactSettings.SalesforceDeleteAction;
import io.crmsync.sync.ContactSettings.SalesforceStatePicklist;
import io.crmsync.sync.SyncControlService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * The Contacts tab (PRODUCT.md S7 to S14), with the seed's explanations and warnings, and the
 * Contact field mappings, which its {@code mappings} address scrolls to. Everyone may read it;
 * Editors and Admins change it.
 */
@Route(ContactsView.PATH)
@RouteAlias(ContactsView.PATH + "/mappings")
@PageTitle("Contacts | Salesforce integration | crmsync")
@RolesAllowed({AppRoles.ADMIN, AppRoles.EDITOR, AppRoles.VIEWER})
class ContactsView extends VerticalLayout implements AfterNavigationObserver {

    static final String PATH = "integration/contacts";

    final RadioButtonGroup<SalesforceChangeAction> salesforceChanges =
            Radios.of(
                    "When a Salesforce contact or lead is created or updated, in HubSpot:",
                    Map.of(
                            SalesforceChangeAction.CREATE_OR_UPDATE, "Create or update the contact",
                            SalesforceChangeAction.DO_NOTHING, "Do nothing"),
                    SalesforceChangeAction.values());
    final RadioButtonGroup<HubSpotTarget> hubSpotTarget =
            Radios.of(
                    "When a HubSpot contact is created or updated, in Salesforce:",
                    Map.of(
                            HubSpotTarget.CONTACT, "Create or update the contact",
                            HubSpotTarget.LEAD, "Create or update the lead"),
                    HubSpotTarget.values());
    final Checkbox autoCreateCompanies =
            new Checkbox("Automatically create and associate companies with contacts");
    final RadioButtonGroup<SalesforceDeleteAction> salesforceDeletes =
            Radios.of(
                    "When a Salesforce contact or lead is deleted, in HubSpot:",
                    Map.of(
                            SalesforceDeleteAction.DELETE_CONTACT, "Delete the contact",
                            SalesforceDeleteAction.DO_NOTHING, "Do nothing"),
                    SalesforceDeleteAction.values());
    final Checkbox lifecycleFromOpportunities =
            new Checkbox(
                    "When a Salesforce contact's opportunity stage is updated, update the"
                            + " contact's lifecycle stage in HubSpot");
    final Checkbox companyLifecycleSync =
            new Checkbox(
                    "Company lifecycle stage sync: also update the other contacts of the same"
                            + " company");
    final RadioButtonGroup<SalesforceStatePicklist> statePicklist =
            Radios.of(
                    "Salesforce",
                    Map.of(
                            SalesforceStatePicklist.DISABLED,
                                    "The picklist is disabled in Salesforce",
                            SalesforceStatePicklist.ENABLED,
                                    "The picklist is enabled in Salesforce",
                            SalesforceStatePicklist.CUSTOMIZED,
                                    "The picklist is enabled and customized in Salesforce"),
                    SalesforceStatePicklist.values());
    final RadioButtonGroup<HubSpotStateValues> stateValues =
            Radios.of(
                    "HubSpot",
                    Map.of(
                            HubSpotStateValues.MATCH_SALESFORCE_DEFAULTS,
                                    "Match default Salesforce state/country values when syncing",
                            HubSpotStateValues.SEND_AS_IS,
                                    "Sync HubSpot state/country values to Salesforce"),
                    HubSpotStateValues.values());
    final ContactInclusionList inclusionList;
    final Div warnings = new Div();
    final Span version = new Span();
    final Button save = new Button("Save");
    final ContactHistory history;
    final MappingsSection mappings;

    private final ContactSettingsService settings;
    private long readAt;

    ContactsView(
            ContactSettingsService settings,
            ContactMappingService contactMappings,
            SyncControlService sync,
            AuthenticationContext user) {
        this.settings = settings;
        boolean canChange = user.hasAnyRole(AppRoles.ADMIN, AppRoles.EDITOR);
        inclusionList = new ContactInclusionList(settings, sync, canChange);
        history = new ContactHistory(settings);
        mappings =
                new MappingsSection(
                        contactMappings,
                        canChange,
                        ContactResyncDialog.NO_BACKFILL_DETAIL,
                        saved -> new ContactResyncDialog(sync, saved).open());
        addClassName("contacts-view");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(canChange);
        save.addClickListener(click -> save());
        warnings.addClassName("error-text");
        add(
                ViewHeader.ofTab(
                        "How Salesforce leads and contacts and HubSpot contacts sync with each"
                                + " other.",
                        version,
                        save),
                new SyncStatusPanel(sync, canChange),
                ContactSectionTexts.creating(salesforceChanges, hubSpotTarget, warnings),
                ContactSectionTexts.companies(autoCreateCompanies),
                ContactSectionTexts.deleting(salesforceDeletes),
                ContactSectionTexts.lifecycle(lifecycleFromOpportunities, companyLifecycleSync),
                ContactSectionTexts.limiting(inclusionList),
                ContactSectionTexts.states(statePicklist, stateValues),
                new Paragraph(
                        new Span("To review and edit field mappings, see "),
                        mappingsLink(),
                        new Span(" below.")),
                mappings,
                history);
        read(settings.current());
        List<AbstractField<?, ?>> fields =
                List.of(
                        salesforceChanges,
                        hubSpotTarget,
                        autoCreateCompanies,
                        salesforceDeletes,
                        lifecycleFromOpportunities,
                        companyLifecycleSync,
                        statePicklist,
                        stateValues);
        for (AbstractField<?, ?> field : fields) {
            field.setReadOnly(!canChange);
            field.addValueChangeListener(change -> showWarnings());
        }
    }

    /** The mappings address scrolls this tab to its mappings; other addresses leave it be. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (event.getLocation().getPath().endsWith("/mappings")) {
            mappings.scrollIntoView();
        }
    }

    /** A link within the tab: the router keeps this view, so unsaved choices stay. */
    private static Anchor mappingsLink() {
        Anchor link = new Anchor(PATH + "/mappings", "Contact field mappings");
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private void save() {
        try {
            read(settings.save(formValue(), readAt));
            history.refresh();
            Notifications.success("Contact settings saved as version " + readAt + ".");
        } catch (ContactSettingsRejected rejected) {
            Notifications.error(rejected.getMessage());
        }
    }

    private void read(ContactSettingsSnapshot snapshot) {
        ContactSettings s = snapshot.settings();
        readAt = snapshot.version();
        version.setText("Version " + readAt);
        salesforceChanges.setValue(s.salesforceChanges());
        hubSpotTarget.setValue(s.hubSpotTarget());
        autoCreateCompanies.setValue(s.autoCreateCompanies());
        salesforceDeletes.setValue(s.salesforceDeletes());
        lifecycleFromOpportunities.setValue(s.lifecycleFromOpportunities());
        companyLifecycleSync.setValue(s.companyLifecycleSync());
        inclusionList.select(s.inclusionListId());
        statePicklist.setValue(s.salesforceStatePicklist());
        stateValues.setValue(s.hubSpotStateValues());
        showWarnings();
    }

    ContactSettings formValue() {
        return new ContactSettings(
                salesforceChanges.getValue(),
                hubSpotTarget.getValue(),
                autoCreateCompanies.getValue(),
                salesforceDeletes.getValue(),
                lifecycleFromOpportunities.getValue(),
                companyLifecycleSync.getValue(),
                inclusionList.selectedId(),
                statePicklist.getValue(),
                stateValues.getValue());
    }

    private void showWarnings() {
        warnings.removeAll();
        if (hubSpotTarget.getValue() == null || salesforceChanges.getValue() == null) {
            return;
        }
        settings.warnings(formValue()).forEach(text -> warnings.add(new Paragraph(text)));
        warnings.setVisible(warnings.getComponentCount() > 0);
    }
}
