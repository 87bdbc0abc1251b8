package io.crmsync.connection.ui;

import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.crmsync.base.ExternalSystem;
import io.crmsync.base.ui.ViewHeader;
import io.crmsync.connection.ConnectionService;
import io.crmsync.connection.SalesforceSignInService;
import io.crmsync.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;

/** Admins choose, per side, the sandbox or a real account, enter its credentials and test them. */
@Route("connections")
@PageTitle("Connections | crmsync")
@Menu(order = 70, icon = "vaadin:connect", title = "Connections")
@RolesAllowed(AppRoles.ADMIN)
class ConnectionsView extends VerticalLayout {

    final ConnectionCard salesforce;
    final ConnectionCard hubspot;

    ConnectionsView(ConnectionService connections, SalesforceSignInService signIn) {
        addClassName("connections-view");
        add(
                new ViewHeader(
                        "Connections",
                        "Where crmsync reads and writes: the built-in sandbox or your real"
                                + " Salesforce org and HubSpot portal."));
        salesforce = new ConnectionCard(connections, signIn, ExternalSystem.SALESFORCE);
        hubspot = new ConnectionCard(connections, signIn, ExternalSystem.HUBSPOT);
        FlexLayout cards = new FlexLayout(salesforce, hubspot);
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName("connection-cards");
        cards.setWidthFull();
        add(cards);
    }
}
