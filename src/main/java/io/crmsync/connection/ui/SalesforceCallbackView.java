package io.crmsync.connection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import io.crmsync.base.ui.Notifications;
import io.crmsync.base.ui.ViewHeader;
import io.crmsync.connection.ConnectionChangeRejected;
import io.crmsync.connection.SalesforceSignInService;
import io.crmsync.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/** Where Salesforce sends the Admin back after "Connect with Salesforce". */
@Route(SalesforceCallbackView.PATH)
@PageTitle("Connecting Salesforce | crmsync")
@RolesAllowed(AppRoles.ADMIN)
class SalesforceCallbackView extends VerticalLayout implements BeforeEnterObserver {

    static final String PATH = "connections/salesforce/callback";

    final Paragraph outcome = new Paragraph();
    private final SalesforceSignInService signIn;

    SalesforceCallbackView(SalesforceSignInService signIn) {
        this.signIn = signIn;
        Button back = new Button("Back to Connections");
        back.addClickListener(
                click -> back.getUI().ifPresent(ui -> ui.navigate(ConnectionsView.class)));
        add(new ViewHeader("Connecting Salesforce", "Finishing the sign-in."), outcome, back);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        String state = first(query, "state");
        String error = first(query, "error_description");
        if (error != null || first(query, "error") != null) {
            outcome.setText(
                    "Salesforce did not authorize crmsync: "
                            + (error != null ? error : first(query, "error")));
            return;
        }
        complete(state, first(query, "code"), false);
    }

    private void complete(String state, String code, boolean confirmSwitch) {
        try {
            signIn.complete(state, code, confirmSwitch);
            outcome.setText(
                    "Salesforce is connected. Test the connection on the Connections page.");
            Notifications.success("Salesforce connected.");
        } catch (ConnectionChangeRejected rejected) {
            if (rejected.field() == ConnectionChangeRejected.Field.ACCOUNT_SWITCH) {
                outcome.setText(rejected.getMessage());
                new SwitchConfirmDialog(rejected.getMessage(), () -> complete(state, null, true))
                        .open();
            } else {
                outcome.setText(rejected.getMessage());
            }
        }
    }

    /** This route's address as the browser reaches it, for Salesforce's redirect. */
    static String absoluteUrl() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "http://localhost/" + PATH;
        }
        var http = request.getHttpServletRequest();
        int port = http.getServerPort();
        boolean defaultPort =
                ("https".equals(http.getScheme()) && port == 443)
                        || ("http".equals(http.getScheme()) && port == 80);
        return http.getScheme()
                + "://"
                + http.getServerName()
                + (defaultPort ? "" : ":" + port)
                + http.getContextPath()
                + "/"
                + PATH;
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
