package io.crmsync.settings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.crmsync.base.ui.ViewHeader;
import io.crmsync.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Features Discovery (PRODUCT.md S6): what else crmsync can sync, whether it is on, and where it is
 * configured. None of these four is built yet, and the cards say so rather than pretend.
 */
@Route("integration/features")
@PageTitle("Features Discovery | Salesforce integration | crmsync")
@RolesAllowed({AppRoles.ADMIN, AppRoles.EDITOR, AppRoles.VIEWER})
class FeaturesDiscoveryView extends VerticalLayout {

    /** One feature card; {@code settingsRoute} is null while no page configures it. */
    record Feature(String name, String description, boolean available, String settingsRoute) {}

    static final List<Feature> FEATURES =
            List.of(
                    new Feature(
                            "Syncing custom objects",
                            "Sync a Salesforce custom object (*__c) with a HubSpot custom object,"
                                    + " with its own field mappings and associations.",
                            false,
                            null),
                    new Feature(
                            "Importing records from Salesforce",
                            "Bring existing Salesforce leads, contacts, accounts and opportunities"
                                    + " into HubSpot once, with a preview and a report.",
                            false,
                            null),
                    new Feature(
                            "Activity sync",
                            "Send HubSpot engagements (emails, meetings, calls, form submissions)"
                                    + " to Salesforce as tasks.",
                            false,
                            null),
                    new Feature(
                            "Workflow actions",
                            "Actions that HubSpot workflows can call, such as \"Create a"
                                    + " Salesforce task\" or \"Set a Salesforce campaign\".",
                            false,
                            null));

    final FlexLayout cards = new FlexLayout();

    FeaturesDiscoveryView() {
        addClassName("features-view");
        add(
                ViewHeader.ofTab(
                        "More that crmsync can sync between HubSpot and Salesforce. Contacts are"
                                + " set up on the Contacts tab."));
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        FEATURES.forEach(f -> cards.add(card(f)));
        add(cards);
    }

    private static Div card(Feature feature) {
        Span status = new Span(feature.available() ? "On" : "Not available yet");
        status.getElement()
                .getThemeList()
                .add(feature.available() ? "badge success" : "badge contrast");
        Div where =
                feature.settingsRoute() == null
                        ? new Div(new Span("No settings page yet."))
                        : new Div(
                                new com.vaadin.flow.component.html.Anchor(
                                        feature.settingsRoute(), "Configure"));
        Div card =
                new Div(
                        new H3(feature.name()),
                        status,
                        new Paragraph(feature.description()),
                        where);
        card.addClassName("feature-card");
        card.getStyle()
                .set("padding", "var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("width", "20rem");
        return card;
    }
}
