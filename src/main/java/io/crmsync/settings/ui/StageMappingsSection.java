package io.crmsync.settings.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.crmsync.base.ui.Notifications;
import io.crmsync.settings.DealStageService;
import io.crmsync.settings.StageChoices;
import io.crmsync.settings.StageMappingRejected;
import io.crmsync.sync.StageMapping;
import java.util.List;

/**
 * The "Pipelines and stages" section of the Deals tab (PRODUCT.md S16): which Salesforce
 * opportunity stage, for every record type or for one, is which HubSpot deal pipeline and stage,
 * and which stages have no mapping yet. Everyone may read it; Editors and Admins change it. The
 * CRMs' stages are read when the section opens and again when the editor opens; when they cannot be
 * read, the section says why and shows the stored ids.
 */
class StageMappingsSection extends Composite<VerticalLayout> {

    final Grid<StageMapping> grid = new Grid<>();
    final Button add = new Button("Add stage mapping", VaadinIcon.PLUS.create());
    final Paragraph unreadable = new Paragraph();
    final UnmappedStagesList unmapped;

    private final DealStageService stages;
    private final boolean canChange;
    private StageLabels labels = StageLabels.unread();
    private boolean read;

    StageMappingsSection(DealStageService stages, boolean canChange) {
        this.stages = stages;
        this.canChange = canChange;
        this.unmapped = new UnmappedStagesList(canChange, stage -> open(stage.start()));
        H2 title = new H2("Pipelines and stages");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setEnabled(canChange);
        add.addClickListener(click -> open(new StageMapping(0, "", null, null, null)));
        HorizontalLayout head = new HorizontalLayout(title, add);
        head.setWidthFull();
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.expand(title);
        unreadable.addClassName("error-text");
        unreadable.setVisible(false);
        columns();
        grid.setAllRowsVisible(true);
        VerticalLayout root = getContent();
        root.addClassNames("card", "tab-section", "stage-mappings-section");
        root.setSpacing(false);
        root.add(head, notes(), unreadable, grid, unmapped);
        refresh();
    }

    private static UnorderedList notes() {
        UnorderedList notes = new UnorderedList();
        List.of(
                        "Each Salesforce opportunity stage maps to a HubSpot deal pipeline and"
                                + " stage, for every record type or for one record type; a record"
                                + " type's own mapping of a stage comes before the one for every"
                                + " record type.",
                        "A closed won or closed lost stage maps to a stage of the same outcome on"
                                + " the other side.",
                        "Going back to Salesforce, a HubSpot stage takes the first Salesforce"
                                + " stage mapped to it in this list.")
                .forEach(note -> notes.add(new ListItem(note)));
        return notes;
    }

    private void columns() {
        // names take what they need, the stages share the rest and wrap, Edit and Remove stay
        grid.addColumn(m -> labels.recordType(m.recordTypeId()))
                .setHeader("Salesforce record type")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(m -> labels.salesforceStage(m))
                .setHeader("Salesforce stage")
                .setWidth("10rem");
        grid.addColumn(m -> labels.pipeline(m.hubSpotPipeline()))
                .setHeader("HubSpot pipeline")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(m -> labels.hubSpotStage(m)).setHeader("HubSpot stage").setWidth("10rem");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::actions)
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
    }

    private HorizontalLayout actions(StageMapping m) {
        Button edit = new Button(canChange ? "Edit" : "View");
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.addClickListener(click -> open(m));
        Button remove = new Button("Remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setEnabled(canChange);
        remove.addClickListener(click -> remove(m));
        return new HorizontalLayout(edit, remove);
    }

    /** Opens the editor on a stored mapping, or on a new one (id 0) filled in as far as known. */
    StageMappingDialog open(StageMapping editing) {
        StageChoices choices;
        try {
            choices = stages.choices();
        } catch (StageMappingRejected unreadable) {
            Notifications.error(unreadable.getMessage());
            return null;
        }
        StageMappingDialog dialog =
                new StageMappingDialog(
                        stages,
                        choices,
                        editing,
                        saved -> {
                            show(choices);
                            Notifications.success(
                                    editing.id() == 0
                                            ? "Stage mapping added."
                                            : "Stage mapping saved.");
                        });
        if (!canChange) {
            dialog.setReadOnly();
        }
        dialog.open();
        return dialog;
    }

    private void remove(StageMapping m) {
        try {
            stages.remove(m.id());
            Notifications.success(
                    "Removed the mapping of "
                            + labels.salesforceStage(m)
                            + " for "
                            + labels.recordType(m.recordTypeId())
                            + ".");
        } catch (StageMappingRejected rejected) {
            Notifications.error(rejected.getMessage());
        }
        if (read) {
            show(labels.choices());
        } else {
            refresh();
        }
    }

    /** Reads the CRMs' stages again, and shows the mappings with what is still unmapped. */
    void refresh() {
        try {
            show(stages.choices());
        } catch (StageMappingRejected failed) {
            read = false;
            labels = StageLabels.unread();
            unreadable.setText(failed.getMessage());
            unreadable.setVisible(true);
            unmapped.unknown();
            grid.setItems(stages.mappings());
        }
    }

    /** Shows the mappings in the words of these stages, which were just read. */
    private void show(StageChoices choices) {
        List<StageMapping> mappings = stages.mappings();
        read = true;
        labels = new StageLabels(choices);
        unreadable.setVisible(false);
        unmapped.show(UnmappedStage.of(choices, mappings));
        // the service's order (every record type first, then by record type, then as added) is
        // the order the sync picks a HubSpot stage's Salesforce stage in: "first in this list"
        grid.setItems(mappings);
    }
}
