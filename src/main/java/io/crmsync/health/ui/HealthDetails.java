package io.crmsync.health.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.crmsync.base.ExternalSystem;
import io.crmsync.base.ui.Notifications;
import io.crmsync.base.ui.Plural;
import io.crmsync.base.ui.UserTime;
import io.crmsync.health.ErrorFilter;
import io.crmsync.health.ErrorGroup;
import io.crmsync.health.ErrorRow;
import io.crmsync.health.SyncHealthService;
import io.crmsync.spi.ErrorType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * S4: the details panel of one error type. Its root-cause groups and their impacted records load
 * lazily a page at a time; Editors and Admins resync them and apply remedies.
 */
class HealthDetails extends Composite<VerticalLayout> {

    final H2 title = new H2();
    final TextField search = new TextField();
    final Select<ExternalSystem> side = new Select<>();
    final Grid<ErrorGroup> groups = new Grid<>();
    final Grid<ErrorRow> rows = new Grid<>();
    final Button resync = new Button("Resync selected");
    final Button resyncGroup = new Button("Resync group");
    final HealthRemedies remedies;
    final Button translate;
    final Anchor export;
    final Button close = new Button(VaadinIcon.CLOSE.create());
    final Span groupCaption = new Span();

    private final SyncHealthService health;
    private final boolean editor;
    private volatile ErrorType type = ErrorType.PICKLIST_VALUES;
    private volatile ErrorGroup group;
    private volatile ErrorFilter filter = ErrorFilter.NONE;

    HealthDetails(SyncHealthService health, boolean editor, Runnable onClose) {
        this.health = health;
        this.editor = editor;
        VerticalLayout root = getContent();
        root.addClassName("health-details");
        root.setSizeFull();

        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        close.setAriaLabel("Close details");
        close.addClickListener(click -> onClose.run());
        HorizontalLayout head = new HorizontalLayout(title, close);
        head.setWidthFull();
        head.expand(title);
        head.setAlignItems(FlexComponent.Alignment.CENTER);

        search.setPlaceholder("Search record, id or message");
        search.setClearButtonVisible(true);
        search.setWidth("18rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> filterChanged());
        side.setPlaceholder("Both sides");
        side.setEmptySelectionAllowed(true);
        side.setEmptySelectionCaption("Both sides");
        side.setItems(ExternalSystem.values());
        side.setItemLabelGenerator(s -> s == null ? "Both sides" : "Changes from " + s.label());
        side.addValueChangeListener(e -> filterChanged());
        HorizontalLayout filters = new HorizontalLayout(search, side);

        groups.addComponentColumn(HealthRowCells::cause).setHeader("Cause").setFlexGrow(1);
        groups.addColumn(ErrorGroup::errors).setHeader("Errors").setAutoWidth(true);
        groups.addColumn(ErrorGroup::records).setHeader("Records").setAutoWidth(true);
        groups.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        groups.setHeight("14rem");
        groups.setMinHeight("9rem");
        groups.addSelectionListener(e -> groupChosen(e.getFirstSelectedItem().orElse(null)));

        rows.setSelectionMode(Grid.SelectionMode.MULTI);
        rows.addComponentColumn(HealthRowCells::record)
                .setHeader("Record")
                .setWidth("10rem")
                .setFlexGrow(0);
        rows.addComponentColumn(HealthRowCells::story)
                .setHeader("What went wrong, and the fix")
                .setFlexGrow(1);
        rows.addComponentColumn(HealthRowCells::tries)
                .setHeader("Tries")
                .setWidth("10rem")
                .setFlexGrow(0);
        rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rows.setMinHeight("24rem");
        rows.addSelectionListener(
                e -> resync.setEnabled(editor && !e.getAllSelectedItems().isEmpty()));

        resync.setEnabled(false);
        resync.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resync.addClickListener(click -> resyncSelected());
        resyncGroup.setEnabled(false);
        resyncGroup.addClickListener(click -> resyncGroup());
        remedies = new HealthRemedies(health, editor, this::reload);
        translate = remedies.translate;
        if (!editor) {
            String why = "Only Editors and Admins can change the sync.";
            resync.setTooltipText(why);
            resyncGroup.setTooltipText(why);
        }
        export =
                new Anchor(
                        (DownloadHandler) this::download,
                        com.vaadin.flow.component.html.AttachmentType.DOWNLOAD,
                        "Export CSV");
        HorizontalLayout groupActions = new HorizontalLayout(groupCaption, resyncGroup);
        groupActions.setAlignItems(FlexComponent.Alignment.BASELINE);
        groupActions.setWrap(true);
        groupActions.setWidthFull();
        HorizontalLayout rowActions = new HorizontalLayout(resync, export);
        rowActions.setAlignItems(FlexComponent.Alignment.BASELINE);

        root.add(head, filters, groups, groupActions, remedies, rows, rowActions);
        root.expand(rows);
    }

    void open(ErrorType type) {
        this.type = type;
        title.setText(type.label());
        search.clear();
        side.clear();
        filter = ErrorFilter.NONE;
        reload();
    }

    ErrorType type() {
        return type;
    }

    /** Queries both grids again, as they are: the sync changed the errors behind them. */
    void refreshData() {
        groups.getDataProvider().refreshAll();
        rows.getDataProvider().refreshAll();
    }

    /** Reloads both grids, keeping the chosen group when it still has errors. */
    void reload() {
        ErrorType t = type;
        groups.setItems(
                q -> health.groups(t, filter, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, health.groupCount(t, filter)));
        groupChosen(null);
    }

    private void filterChanged() {
        filter = new ErrorFilter(search.getValue(), side.getValue());
        reload();
    }

    private void groupChosen(ErrorGroup chosen) {
        group = chosen;
        ErrorType t = type;
        ErrorGroup g = chosen;
        ErrorFilter f = filter;
        rows.setItems(
                q -> health.rows(t, g, f, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, health.rowCount(t, g, f)));
        groupCaption.setText(
                g == null
                        ? "All errors of this type"
                        : "%s: %s on %s. %s"
                                .formatted(
                                        g.cause(),
                                        Plural.of(g.errors(), "error", "errors"),
                                        Plural.of(g.records(), "record", "records"),
                                        g.advice().fix()));
        resyncGroup.setEnabled(editor && g != null);
        remedies.show(g);
        resync.setEnabled(false);
    }

    private void resyncSelected() {
        List<ErrorRow> selected = List.copyOf(rows.getSelectedItems());
        int queued = health.resync(selected);
        rows.deselectAll();
        Notifications.success(queuedForResync(Math.max(queued, selected.size())));
    }

    private void resyncGroup() {
        int queued = health.resyncGroup(group);
        Notifications.success(queuedForResync(queued));
    }

    static String queuedForResync(long records) {
        return Plural.of(records, "record", "records") + " queued for a resync.";
    }

    private void download(com.vaadin.flow.server.streams.DownloadEvent event)
            throws java.io.IOException {
        ErrorType t = type;
        event.setFileName(
                "sync-errors-"
                        + t.name().toLowerCase(Locale.ROOT).replace('_', '-')
                        + "-"
                        + LocalDate.now(UserTime.zone(event.getSession()))
                        + ".csv");
        event.setContentType("text/csv; charset=UTF-8");
        health.exportCsv(t, group, filter, event.getOutputStream());
    }
}
