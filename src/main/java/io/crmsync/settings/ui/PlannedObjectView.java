package io.crmsync.settings.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.crmsync.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * The tabs of the objects crmsync does not sync yet (PRODUCT.md S17 to S19): what each will do, and
 * that it is not available yet. No switch and no mapping, since nothing would act on them.
 */
@Route("integration/:object(tickets|activities|custom-objects)")
@RolesAllowed({AppRoles.ADMIN, AppRoles.EDITOR, AppRoles.VIEWER})
class PlannedObjectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** One object to come: the tab's title and what it will do. */
    record Planned(String title, String plan) {}

    static final Map<String, Planned> PLANNED =
            Map.of(
                    "tickets",
                    new Planned(
                            "Tickets and cases",
                            "HubSpot tickets will sync with Salesforce cases both ways (HubSpot's"
                                    + " own connector goes one way only), with a switch, field"
                                    + " mappings, and a choice of what a deleted case does: nothing,"
                                    + " or delete its ticket. Ticket sync is not available yet."),
                    "activities",
                    new Planned(
                            "Activities",
                            "HubSpot notes, calls, emails, meetings, tasks and form submissions"
                                    + " will become Salesforce tasks on their contact, lead,"
                                    + " account or opportunity, and Salesforce tasks, events,"
                                    + " calls and emails will become HubSpot activities, each kind"
                                    + " with a switch of its own. Activity sync is not available"
                                    + " yet."),
                    "custom-objects",
                    new Planned(
                            "Custom objects",
                            "A Salesforce custom object (one whose API name ends in __c) will"
                                    + " sync with a HubSpot custom object, with field mappings and"
                                    + " associations of its own, for as many objects as you need."
                                    + " Custom object sync is not available yet."));

    final H2 title = new H2();
    final Paragraph plan = new Paragraph();

    PlannedObjectView() {
        addClassName("planned-object-view");
        Span status = new Span("Not available yet");
        status.getElement().getThemeList().add("badge contrast");
        VerticalLayout card = new VerticalLayout(title, status, plan);
        card.addClassNames("card", "tab-section");
        card.setSpacing(false);
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Planned planned = PLANNED.get(event.getRouteParameters().get("object").orElseThrow());
        title.setText(planned.title());
        plan.setText(planned.plan());
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " | Salesforce integration | crmsync";
    }
}
