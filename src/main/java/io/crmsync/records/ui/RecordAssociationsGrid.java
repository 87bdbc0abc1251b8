package io.crmsync.records.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import io.crmsync.sync.RecordAssociation;
import io.crmsync.sync.RecordRef;
import java.util.List;

/**
 * The records associated with the one shown, on either side: a company's contacts, a contact's
 * company. Each opens in Records and says whether crmsync links its two sides.
 */
class RecordAssociationsGrid extends Composite<Grid<RecordAssociation>> {

    RecordAssociationsGrid(List<RecordAssociation> associations) {
        Grid<RecordAssociation> grid = getContent();
        grid.addComponentColumn(
                        a -> new Anchor(RecordLinks.to(a.record().ref()), a.record().name()))
                .setHeader("Record")
                .setFlexGrow(1);
        grid.addColumn(a -> RecordLinks.objectName(a.record().ref().object()))
                .setHeader("Object")
                .setAutoWidth(true);
        grid.addColumn(a -> hubSpot(a.record().ref())).setHeader("HubSpot").setAutoWidth(true);
        grid.addColumn(a -> salesforce(a.record().ref()))
                .setHeader("Salesforce")
                .setAutoWidth(true);
        grid.addColumn(RecordAssociationsGrid::where).setHeader("Associated in").setAutoWidth(true);
        grid.addComponentColumn(a -> linked(a.record().linked()))
                .setHeader("Link")
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setItems(associations);
    }

    List<RecordAssociation> items() {
        return getContent().getListDataView().getItems().toList();
    }

    static String where(RecordAssociation a) {
        if (a.inHubSpot() && a.inSalesforce()) {
            return "HubSpot and Salesforce";
        }
        return a.inHubSpot() ? "HubSpot only" : "Salesforce only";
    }

    private static String hubSpot(RecordRef ref) {
        return ref.hubSpot() == null ? "—" : ref.hubSpot().value();
    }

    private static String salesforce(RecordRef ref) {
        return ref.salesforce() == null ? "—" : ref.salesforce().toString();
    }

    private static Span linked(boolean linked) {
        Span badge = new Span(linked ? "Linked" : "Not linked");
        badge.getElement().getThemeList().add(linked ? "badge success" : "badge contrast");
        return badge;
    }
}
