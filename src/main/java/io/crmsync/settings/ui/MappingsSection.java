package io.crmsync.settings.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.crmsync.base.ui.Notifications;
import io.crmsync.base.ui.Plural;
import io.crmsync.settings.MappingChoices;
import io.crmsync.settings.MappingRejected;
import io.crmsync.settings.MappingService;
import io.crmsync.sync.FieldMapping;
import java.util.function.Consumer;

/**
 * The "[Object] field mappings" section of an object's tab (PRODUCT.md S14): which HubSpot property
 * syncs with which Salesforce field, and by which rule. One editor serves every object, given the
 * object's mapping service. Everyone may read the mappings; Editors and Admins change them. A
 * mapping change does not backfill by itself; what the tab offers after one is its own.
 */
class MappingsSection extends Composite<VerticalLayout> {

    final H2 title = new H2();
    final Grid<FieldMapping> grid = new Grid<>();
    final Button add = new Button("Add mapping", VaadinIcon.PLUS.create());

    private final MappingService mappings;
    private final boolean canChange;
    private final Consumer<String> saved;
    private final FieldLabels labels;

    /**
     * @param backfill what a mapping change does to existing records, and what undoes that
     * @param saved what follows a saved mapping, told what was saved ("Mapping added.")
     */
    MappingsSection(
            MappingService mappings, boolean canChange, String backfill, Consumer<String> saved) {
        this.mappings = mappings;
        this.canChange = canChange;
        this.saved = saved;
        this.labels = FieldLabels.read(mappings);
        String singular = mappings.object().singular();
        title.setText(
                Character.toUpperCase(singular.charAt(0))
                        + singular.substring(1)
                        + " field mappings");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setEnabled(canChange);
        add.addClickListener(click -> open(null));
        HorizontalLayout head = new HorizontalLayout(title, add);
        head.setWidthFull();
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.expand(title);
        columns();
        grid.setAllRowsVisible(true);
        VerticalLayout root = getContent();
        root.addClassNames("card", "tab-section", "mappings-section");
        root.setSpacing(false);
        root.add(
                head,
                new Paragraph(
                        "Which HubSpot "
                                + singular
                                + " property syncs with which Salesforce field, and which side"
                                + " wins. "
                                + backfill),
                grid);
        refresh();
    }

    private void columns() {
        grid.addColumn(m -> labels.hubSpotCaption(m.hubSpotProperty()))
                .setHeader("HubSpot property")
                .setAutoWidth(true);
        grid.addColumn(m -> labels.salesforceCaption(m.salesforceField()))
                .setHeader("Salesforce field")
                .setAutoWidth(true);
        grid.addColumn(m -> m.rule().label()).setHeader("Sync rule").setAutoWidth(true);
        grid.addComponentColumn(MappingsSection::badge).setHeader("").setAutoWidth(true);
        grid.addColumn(this::translations).setHeader("Translations").setAutoWidth(true);
        grid.addColumn(MappingsSection::remedies)
                .setHeader("Truncate / default")
                .setAutoWidth(true);
        // frozen, so that Edit and Remove stay in sight when the columns need more than the width
        grid.addComponentColumn(this::actions)
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
    }

    private String translations(FieldMapping m) {
        if (DealSectionTexts.throughStageMapping(
                mappings.object(), m.hubSpotProperty(), m.salesforceField())) {
            return "Stage mapping";
        }
        return m.translations().isEmpty()
                ? ""
                : Plural.of(m.translations().size(), "value", "values");
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

    /** Opens the editor on a mapping, or on a new one for {@code null}. */
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
                        result -> {
                            refresh();
                            saved.accept(editing == null ? "Mapping added." : "Mapping saved.");
                        });
        if (!canChange) {
            dialog.setReadOnly();
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
