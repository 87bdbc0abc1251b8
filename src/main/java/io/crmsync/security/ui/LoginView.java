package io.crmsync.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The only page anonymous users see. Every failure gets the same words, so the page never tells
 * whether a username exists or is locked.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | crmsync")
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String FAILURE_TITLE = "Sign-in failed";
    static final String FAILURE_MESSAGE =
            "Check the username and password and try again. After five failed attempts an account"
                    + " is locked for 15 minutes; an Admin can unlock it sooner.";

    static final String THROTTLED_TITLE = "Sign-in paused";
    static final String THROTTLED_MESSAGE =
            "Too many failed sign-ins came from your network, so sign-ins from it are paused for"
                    + " a few minutes. Try again later.";

    private final LoginForm login = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n.getForm().setTitle("Sign in");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        Div brand =
                new Div(
                        new H1("crmsync"),
                        new Paragraph("Two-way sync between HubSpot and Salesforce"));
        brand.addClassName("login-brand");
        add(brand, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean throttled = parameters.containsKey("throttled");
        i18n.getErrorMessage().setTitle(throttled ? THROTTLED_TITLE : FAILURE_TITLE);
        i18n.getErrorMessage().setMessage(throttled ? THROTTLED_MESSAGE : FAILURE_MESSAGE);
        login.setI18n(i18n);
        login.setError(throttled || parameters.containsKey("error"));
    }
}
