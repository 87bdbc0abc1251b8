package io.crmsync.sandbox.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.crmsync.base.ExternalSystem;
import io.crmsync.base.ui.Notifications;
import io.crmsync.sandbox.SandboxEditRejected;
import io.crmsync.sandbox.SandboxRecordService;
import io.crmsync.sandbox.SandboxRow;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Browse and edit one sandbox CRM's records as a person using that CRM would. */
class RecordsPanel extends Composite<VerticalLayout> {

    private static final List<String> SUMMARY_FIELDS =
            List.of(
                    "Name",
                    "FirstName",
                    "LastName",
                    "Email",
                    "Company",
                    "StageName",
                    "Status",
                    "firstname",
                    "lastname",
                    "email",
                    "name",
                    "domain",
                    "dealname",
                    "dealstage",
                    "lifecyclestage",
                    "subject",
                    "hs_pipeline_stage");

    final Select<String> type = new Select<>();
    final TextField search = new TextField();
    final Grid<SandboxRow> grid = new Grid<>();
    final Button create = new Button("New record", VaadinIcon.PLUS.create());
    final Button edit = new Button("Edit");
    final Button delete = new Button("Delete");
    final HorizontalLayout actions = new HorizontalLayout();
    private final HorizontalLayout toolbar = new HorizontalLayout();
    private final java.util.Map<Button, java.util.Set<String>> actionTypes =
            new java.util.HashMap<>();

    private final ExternalSystem system;
    private final SandboxRecordService records;

    RecordsPanel(ExternalSystem system, SandboxRecordService records) {
        this.system = system;
        this.records = records;
        type.setLabel("Object");
        type.setItems(records.objectTypes(system));
        type.setValue(system == ExternalSystem.SALESFORCE ? "Contact" : "contacts");
        type.addValueChangeListener(
                change -> {
                    grid.deselectAll();
                    refresh();
                });
        search.setLabel("Search");
        search.setPlaceholder("Any field contains…");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> openEditor(null));
        edit.addClickListener(click -> selected().ifPresent(this::openEditor));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> selected().ifPresent(this::confirmDelete));

        grid.addColumn(SandboxRow::id).setHeader("Id").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RecordsPanel::summary).setHeader("Record").setFlexGrow(1);
        grid.addColumn(SandboxRow::lastWriter)
                .setHeader("Last written by")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(
                new CallbackDataProvider<SandboxRow, Void>(
                        query ->
                                records
                                        .records(
                                                system,
                                                type.getValue(),
                                                search.getValue(),
                                                query.getOffset(),
                                                query.getLimit())
                                        .stream(),
                        query -> records.count(system, type.getValue(), search.getValue()),
                        SandboxRow::id));
        grid.addSelectionListener(selection -> updateButtons());
        grid.addItemDoubleClickListener(click -> openEditor(click.getItem()));

        toolbar.add(type, search, create, edit, delete, actions);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        getContent().add(toolbar, grid);
        getContent().setSizeFull();
        getContent().expand(grid);
        updateButtons();
    }

    /**
     * Adds a person's action that applies to the given object types (all types when none given).
     */
    void addAction(Button action, String... types) {
        actionTypes.put(action, java.util.Set.of(types));
        actions.add(action);
        updateButtons();
    }

    /**
     * Shows one record, as a link to it asks: its object type, searched for by its id and selected,
     * ready to edit. Says so when there is no such record.
     */
    void show(String objectType, String id) {
        Optional<SandboxRow> row = records.find(system, objectType, id);
        if (row.isEmpty()) {
            Notifications.error(
                    "%s has no %s %s: deleted or merged?"
                            .formatted(system.label(), objectType, id));
            return;
        }
        if (!objectType.equals(type.getValue())) {
            type.setValue(objectType);
        }
        search.setValue(id);
        grid.select(row.get());
        updateButtons();
    }

    /** Adds a setting of the whole CRM to the toolbar. */
    void addTool(com.vaadin.flow.component.Component tool) {
        toolbar.add(tool);
    }

    /** Lists the records of an object type the CRM has; says so when it has no such type. */
    void showList(String objectType) {
        if (!records.objectTypes(system).contains(objectType)) {
            Notifications.error("%s has no object %s.".formatted(system.label(), objectType));
            return;
        }
        type.setValue(objectType);
    }

    ExternalSystem system() {
        return system;
    }

    Optional<SandboxRow> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        updateButtons();
    }

    /** Runs a person's action, then reports its outcome or the CRM's reason for refusing it. */
    void act(java.util.function.Supplier<String> action) {
        try {
            Notifications.success(action.get());
            refresh();
        } catch (SandboxEditRejected rejected) {
            Notifications.error(rejected.getMessage());
        }
    }

    private void confirmDelete(SandboxRow row) {
        new DeleteConfirmDialog(
                        system,
                        row,
                        () ->
                                act(
                                        () -> {
                                            records.delete(system, row.type(), row.id());
                                            return "Deleted " + row.id() + ".";
                                        }))
                .open();
    }

    private void openEditor(SandboxRow row) {
        new RecordDialog(system, type.getValue(), row, records, this::refresh).open();
    }

    private void updateButtons() {
        boolean one = selected().isPresent();
        edit.setEnabled(one);
        delete.setEnabled(one);
        actionTypes.forEach(
                (action, types) -> {
                    action.setVisible(types.isEmpty() || types.contains(type.getValue()));
                    action.setEnabled(one);
                });
    }

    private static String summary(SandboxRow row) {
        String person =
                (row.fields().getOrDefault("firstname", "")
                                + " "
                                + row.fields().getOrDefault("lastname", ""))
                        .strip();
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(person).filter(name -> !name.isEmpty()),
                        SUMMARY_FIELDS.stream()
                                .filter(
                                        name ->
                                                row.fields().get(name) != null
                                                        && !row.fields().get(name).isBlank())
                                .map(name -> row.fields().get(name)))
                .limit(4)
                .collect(Collectors.joining(" · "));
    }
}
