package io.crmsync.security.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import io.crmsync.base.ui.UserTime;
import io.crmsync.base.ui.ViewHeader;
import io.crmsync.security.AppRoles;
import io.crmsync.security.UserService;
import io.crmsync.security.UserSummary;
import jakarta.annotation.security.RolesAllowed;

/** The signed-in user's own account: who they are, what their role allows, and their password. */
@Route("account")
@RouteAlias("")
@PageTitle("My account | crmsync")
@Menu(order = 90, icon = "vaadin:user", title = "My account")
@RolesAllowed({AppRoles.ADMIN, AppRoles.EDITOR, AppRoles.VIEWER})
class AccountView extends VerticalLayout {

    AccountView(UserService users) {
        addClassName("account-view");
        UserSummary me = users.me().orElseThrow();
        add(new ViewHeader("My account", "Your sign-in details and what your role allows."));

        Div facts =
                new Div(
                        fact("Name", me.displayName()),
                        fact("Username", me.username()),
                        fact("Role", me.role().label() + " — " + me.role().description()),
                        fact(
                                "Last sign-in",
                                me.lastLoginAt() == null ? "—" : UserTime.format(me.lastLoginAt())),
                        fact("Account created", UserTime.format(me.createdAt())));
        facts.addClassName("facts");

        // Closed until asked for: this is also the home page, where a user who has just chosen a
        // password lands, and an open form there reads as being asked again.
        var passwordCard =
                new Details(new H2("Change password"), new ChangePasswordForm(users, () -> {}));
        passwordCard.addClassName("card");
        passwordCard.setMaxWidth("32rem");
        add(facts, passwordCard);
    }

    private static Div fact(String label, String value) {
        Span term = new Span(label);
        term.addClassName("fact-label");
        Span text = new Span(value);
        text.addClassName("fact-value");
        Div fact = new Div(term, text);
        fact.addClassName("fact");
        return fact;
    }
}
