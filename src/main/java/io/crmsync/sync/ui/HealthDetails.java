package io.crmsync.sync.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
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
import io.crmsync.base.ui.UserTime;
import io.crmsync.sync.ErrorFilter;
import io.crmsync.sync.ErrorGroup;
import io.crmsync.sync.ErrorRow;
import io.crmsync.sync.SyncHealthService;
import io.crmsync.sync.spi.ErrorType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * S4: the details panel of one error type. Its root-cause groups and their impacted records load
 * lazily a page at a time; Editors and Admins resync them and apply remedies.
 */
class HealthDetails extends Composite<VerticalLayout> {

    /** Where another view lists records; it filters by the {@code q} parameter. */
    static final String RECORD_VIEW = "records";

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
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> filterChanged());
        side.setPlaceholder("Both sides");
        side.setEmptySelectionAllowed(true);
        side.setEmptySelectionCaption("Both sides");
        side.setItems(ExternalSystem.values());
        side.setItemLabelGenerator(s -> s == null ? "Both sides" : "Changes from " + s.label());
        side.addValueChangeListener(e -> filterChanged());
        HorizontalLayout filters = new HorizontalLayout(search, side);

        groups.addColumn(ErrorGroup::code).setHeader("Code").setAutoWidth(true);
        groups.addColumn(ErrorGroup::field).setHeader("Field").setAutoWidth(true);
        groups.addColumn(g -> g.value() == null ? "" : g.value()).setHeader("Value");
        groups.addColumn(ErrorGroup::errors).setHeader("Errors").setAutoWidth(true);
        groups.addColumn(ErrorGroup::records).setHeader("Records").setAutoWidth(true);
        groups.addThemeVariants(GridVariant.LUMO_COMPACT);
        groups.setHeight("14rem");
        groups.addSelectionListener(e -> groupChosen(e.getFirstSelectedItem().orElse(null)));

        rows.setSelectionMode(Grid.SelectionMode.MULTI);
        rows.addColumn(r -> r.label() == null ? r.recordId() : r.label())
                .setHeader("Record")
                .setAutoWidth(true);
        rows.addComponentColumn(r -> link(r.hubSpotId(), r.hubSpotUrl())).setHeader("HubSpot id");
        rows.addComponentColumn(r -> link(r.salesforceId(), r.salesforceUrl()))
                .setHeader("Salesforce id");
        rows.addColumn(ErrorRow::message).setHeader("Message").setWidth("18rem");
        rows.addColumn(r -> r.advice().explanation()).setHeader("Explanation").setWidth("16rem");
        rows.addColumn(r -> r.advice().fix()).setHeader("Suggested fix").setWidth("16rem");
        rows.addColumn(r -> UserTime.format(r.firstSeen())).setHeader("First seen");
        rows.addColumn(r -> UserTime.format(r.lastTried())).setHeader("Last tried");
        rows.addColumn(ErrorRow::attempts).setHeader("Attempts").setAutoWidth(true);
        rows.addComponentColumn(HealthDetails::recordView).setHeader("Record view");
        rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
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
                        : "%s on %s: %,d errors, %,d records. %s"
                                .formatted(
                                        g.code(),
                                        g.field().isEmpty() ? "no field" : g.field(),
                                        g.errors(),
                                        g.records(),
                                        g.advice().fix()));
        resyncGroup.setEnabled(editor && g != null);
        remedies.show(g);
        resync.setEnabled(false);
    }

    private void resyncSelected() {
        List<ErrorRow> selected = List.copyOf(rows.getSelectedItems());
        int queued = health.resync(selected);
        rows.deselectAll();
        Notifications.success(
                "%d records queued for a resync.".formatted(Math.max(queued, selected.size())));
    }

    private void resyncGroup() {
        int queued = health.resyncGroup(group);
        Notifications.success("%d records queued for a resync.".formatted(queued));
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

    private static Anchor link(String id, String url) {
        if (id == null) {
            return new Anchor();
        }
        Anchor anchor = new Anchor(url == null ? "" : url, id);
        if (url != null && url.startsWith("http")) {
            anchor.setTarget(AnchorTarget.BLANK);
        }
        return anchor;
    }

    private static Anchor recordView(ErrorRow row) {
        String id = row.hubSpotId() != null ? row.hubSpotId() : row.recordId();
        return new Anchor(RECORD_VIEW + "?q=" + id, "Open in Record view");
    }
}
