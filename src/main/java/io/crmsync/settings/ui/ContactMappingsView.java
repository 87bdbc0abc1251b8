package io.crmsync.settings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.crmsync.base.ui.Notifications;
import io.crmsync.base.ui.Plural;
import io.crmsync.base.ui.ViewHeader;
import io.crmsync.security.AppRoles;
import io.crmsync.settings.ContactMappingService;
import io.crmsync.settings.MappingChoices;
import io.crmsync.settings.MappingRejected;
import io.crmsync.sync.FieldMapping;
import io.crmsync.sync.SyncControlService;
import jakarta.annotation.security.RolesAllowed;

/**
 * The contact property mappings (PRODUCT.md S14): which HubSpot property syncs with which
 * Salesforce field, and by which rule. Everyone may read them; Editors and Admins change them.
 */
@Route("contacts/mappings")
@PageTitle("Contact mappings | crmsync")
@Menu(order = 21, icon = "vaadin:exchange", title = "Contact mappings")
@RolesAllowed({AppRoles.ADMIN, AppRoles.EDITOR, AppRoles.VIEWER})
class ContactMappingsView extends VerticalLayout {

    static final String NO_BACKFILL_DETAIL =
            "A mapping change does not fill in the values of existing records by itself: it"
                    + " applies to records as they change. A resync applies it to every existing"
                    + " contact and lead now, with API calls on both sides.";

    final Grid<FieldMapping> grid = new Grid<>();
    final Button add = new Button("Add mapping", VaadinIcon.PLUS.create());

    private final ContactMappingService mappings;
    private final SyncControlService sync;
    private final boolean canChange;
    private final FieldLabels labels;

    ContactMappingsView(
            ContactMappingService mappings, SyncControlService sync, AuthenticationContext user) {
        this.mappings = mappings;
        this.sync = sync;
        this.canChange = user.hasAnyRole(AppRoles.ADMIN, AppRoles.EDITOR);
        this.labels = FieldLabels.read(mappings);
        addClassName("contact-mappings-view");
        setSizeFull();
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setEnabled(canChange);
        add.addClickListener(click -> open(null));
        add(
                new ViewHeader(
                        "Contact mappings",
                        "Which HubSpot contact property syncs with which Salesforce field, and"
                                + " which side wins.",
                        new RouterLink("Back to Contacts", ContactsView.class),
                        add));
        grid.addColumn(m -> labels.hubSpotCaption(m.hubSpotProperty()))
                .setHeader("HubSpot property")
                .setAutoWidth(true);
        grid.addColumn(m -> labels.salesforceCaption(m.salesforceField()))
                .setHeader("Salesforce field")
                .setAutoWidth(true);
        grid.addColumn(m -> m.rule().label()).setHeader("Sync rule").setAutoWidth(true);
        grid.addComponentColumn(ContactMappingsView::badge).setHeader("").setAutoWidth(true);
        grid.addColumn(
                        m ->
                                m.translations().isEmpty()
                                        ? ""
                                        : Plural.of(m.translations().size(), "value", "values"))
                .setHeader("Translations")
                .setAutoWidth(true);
        grid.addColumn(ContactMappingsView::remedies)
                .setHeader("Truncate / default")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        add(grid);
        expand(grid);
        refresh();
    }

    private static String remedies(FieldMapping m) {
        String truncate = m.truncate() ? "Truncates" : "";
        String fallback = m.defaultValue() == null ? "" : "Default \"" + m.defaultValue() + "\"";
        return truncate.isEmpty() || fallback.isEmpty()
                ? truncate + fallback
                : truncate + "; " + fallback;
    }

    private static Span badge(FieldMapping m) {
        Span badge = new Span(m.defaultMapping() ? "Default" : "Custom");
        badge.getElement().getThemeList().add(m.defaultMapping() ? "badge contrast" : "badge");
        return badge;
    }

    private HorizontalLayout actions(FieldMapping m) {
        Button edit = new Button(canChange ? "Edit" : "View");
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.addClickListener(click -> open(m));
        Button remove = new Button("Remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setEnabled(canChange && !m.defaultMapping());
        if (m.defaultMapping()) {
            remove.setTooltipText(
                    "A default mapping cannot be removed; set its rule to Don't sync.");
        }
        remove.addClickListener(click -> remove(m));
        return new HorizontalLayout(edit, remove);
    }

    MappingDialog open(FieldMapping editing) {
        MappingChoices choices;
        try {
            choices = mappings.choices();
        } catch (MappingRejected unreadable) {
            Notifications.error(unreadable.getMessage());
            return null;
        }
        MappingDialog dialog =
                new MappingDialog(
                        mappings,
                        choices,
                        editing,
                        saved -> {
                            refresh();
                            new ContactResyncDialog(
                                            sync,
                                            editing == null ? "Mapping added." : "Mapping saved.")
                                    .open();
                        });
        if (!canChange) {
            dialog.hubSpot.setReadOnly(true);
            dialog.salesforce.setReadOnly(true);
            dialog.rule.setReadOnly(true);
            dialog.translations.setReadOnly(true);
            dialog.truncate.setReadOnly(true);
            dialog.defaultValue.setReadOnly(true);
            dialog.save.setEnabled(false);
        }
        dialog.open();
        return dialog;
    }

    private void remove(FieldMapping m) {
        try {
            mappings.remove(m.id());
            Notifications.success(
                    "Removed the mapping "
                            + labels.hubSpotCaption(m.hubSpotProperty())
                            + " ↔ "
                            + labels.salesforceCaption(m.salesforceField())
                            + ".");
        } catch (MappingRejected rejected) {
            Notifications.error(rejected.getMessage());
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(mappings.mappings());
    }
}
