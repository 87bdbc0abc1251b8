package io.crmsync.settings.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import io.crmsync.base.ui.UserTime;
import io.crmsync.settings.ContactSettingsService;
import io.crmsync.sync.SettingsVersion;

/** The latest versions of the sync settings: which change made each, who and when. */
class ContactHistory extends Composite<Details> {

    final Grid<SettingsVersion> grid = new Grid<>();
    private final ContactSettingsService settings;

    ContactHistory(ContactSettingsService settings) {
        this.settings = settings;
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(SettingsVersion::version).setHeader("Version").setAutoWidth(true);
        grid.addColumn(v -> kind(v.kind())).setHeader("Change").setAutoWidth(true);
        grid.addColumn(SettingsVersion::changedBy).setHeader("By").setAutoWidth(true);
        grid.addColumn(v -> UserTime.format(v.changedAt())).setHeader("When").setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::diff));
        grid.setDetailsVisibleOnClick(true);
        grid.setAllRowsVisible(true);
        getContent().setSummaryText("Settings history: click a version to see what it changed");
        getContent().add(grid);
        getContent().setWidthFull();
        refresh();
    }

    /** What a version changed from the one before it, shown when its row is opened. */
    SettingsVersionDiff diff(SettingsVersion version) {
        return new SettingsVersionDiff(settings.changesIn(version.version()));
    }

    void refresh() {
        grid.setItems(settings.history());
    }

    static String kind(String kind) {
        return switch (kind) {
            case "DEFAULTS" -> "Defaults installed";
            case "CONTACT_SETTINGS" -> "Contact settings";
            case "COMPANY_SETTINGS" -> "Company settings";
            case "CONTACT_MAPPING_ADDED" -> "Mapping added";
            case "CONTACT_MAPPING_CHANGED" -> "Mapping changed";
            case "CONTACT_MAPPING_REMOVED" -> "Mapping removed";
            case "COMPANY_MAPPING_ADDED" -> "Company mapping added";
            case "COMPANY_MAPPING_CHANGED" -> "Company mapping changed";
            case "COMPANY_MAPPING_REMOVED" -> "Company mapping removed";
            default -> "Settings changed";
        };
    }
}
