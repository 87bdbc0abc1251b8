package io.crmsync.settings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
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
import io.crmsync.settings.ContactSettingsRejected;
import io.crmsync.settings.DealMappingService;
import io.crmsync.settings.DealSettingsService;
import io.crmsync.settings.DealSettingsSnapshot;
import io.crmsync.settings.DealStageService;
import io.crmsync.sync.DealSettings;
import io.crmsync.sync.DealSettings.SalesforceDeleteAction;
import io.crmsync.sync.SyncControlService;
import io.crmsync.sync.SyncObject;
import jakarta.annotation.security.RolesAllowed;

/**
 * The Deals tab (PRODUCT.md S16): whether HubSpot deals and Salesforce opportunities sync, which
 * needs company sync, what a deleted opportunity does, the pipelines and stages, and the Deal field
 * mappings, which its {@code mappings} address scrolls to. Everyone may read it; Editors and Admins
 * change it.
 */
@Route(DealsView.PATH)
@RouteAlias(DealsView.PATH + "/mappings")
@PageTitle("Deals | Salesforce integration | crmsync")
@RolesAllowed({AppRoles.ADMIN, AppRoles.EDITOR, AppRoles.VIEWER})
class DealsView extends VerticalLayout implements AfterNavigationObserver {

    static final String PATH = "integration/deals";

    final Checkbox syncEnabled = new Checkbox("Sync deals");
    final Paragraph needsCompanies =
            new Paragraph(
                    new Span(
                            "Company sync is off, and deal sync needs it: an opportunity's account"
                                    + " is its deal's company. Turn on Sync companies on the "),
                    companiesLink(),
                    new Span(" first."));
    final RadioButtonGroup<SalesforceDeleteAction> salesforceDeletes =
            Radios.of(
                    "When a Salesforce opportunity is deleted, in HubSpot:",
                    SalesforceDeleteAction::label,
                    SalesforceDeleteAction.values());
    final Span version = new Span();
    final Button save = new Button("Save");
    final StageMappingsSection stages;
    final MappingsSection mappings;

    private final DealSettingsService settings;
    private long readAt;

    DealsView(
            DealSettingsService settings,
            DealStageService dealStages,
            DealMappingService dealMappings,
            SyncControlService sync,
            AuthenticationContext user) {
        this.settings = settings;
        boolean canChange = user.hasAnyRole(AppRoles.ADMIN, AppRoles.EDITOR);
        stages = new StageMappingsSection(dealStages, canChange);
        mappings =
                new MappingsSection(
                        dealMappings,
                        canChange,
                        DealSectionTexts.NO_BACKFILL,
                        saved -> ObjectResync.offer(sync, SyncObject.DEAL, saved));
        addClassName("deals-view");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(canChange);
        save.addClickListener(click -> save());
        syncEnabled.setReadOnly(!canChange);
        salesforceDeletes.setReadOnly(!canChange);
        needsCompanies.addClassName("warning-text");
        add(
                ViewHeader.ofTab(
                        "How HubSpot deals and Salesforce opportunities sync with each other.",
                        version,
                        save),
                DealSectionTexts.syncing(syncEnabled, needsCompanies),
                DealSectionTexts.deleting(salesforceDeletes),
                stages,
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

    private static Anchor companiesLink() {
        Anchor link = new Anchor(CompaniesView.PATH, "Companies tab");
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private void save() {
        syncEnabled.setInvalid(false);
        try {
            read(settings.save(formValue(), readAt));
            Notifications.success("Deal settings saved as version " + readAt + ".");
        } catch (ContactSettingsRejected rejected) {
            if (rejected.field() == ContactSettingsRejected.Field.SYNC_ENABLED) {
                syncEnabled.setErrorMessage(rejected.getMessage());
                syncEnabled.setInvalid(true);
                showPrerequisite();
            } else {
                Notifications.error(rejected.getMessage());
            }
        }
    }

    private void read(DealSettingsSnapshot snapshot) {
        readAt = snapshot.version();
        version.setText("Version " + readAt);
        syncEnabled.setValue(snapshot.settings().syncEnabled());
        salesforceDeletes.setValue(snapshot.settings().salesforceDeletes());
        showPrerequisite();
    }

    /**
     * While company sync is off, deal sync cannot be turned on: the switch says why and links to
     * it. A switch left on (company sync turned off behind the service's back) can still be turned
     * off.
     */
    private void showPrerequisite() {
        boolean companiesOn = settings.companiesOn();
        needsCompanies.setVisible(!companiesOn);
        syncEnabled.setEnabled(companiesOn || syncEnabled.getValue());
    }

    DealSettings formValue() {
        return new DealSettings(syncEnabled.getValue(), salesforceDeletes.getValue());
    }
}
