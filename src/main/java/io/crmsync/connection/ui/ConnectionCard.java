package io.crmsync.connection.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.crmsync.base.ExternalSystem;
import io.crmsync.base.ui.Notifications;
import io.crmsync.connection.ConnectionChangeRejected;
import io.crmsync.connection.ConnectionForm;
import io.crmsync.connection.ConnectionMode;
import io.crmsync.connection.ConnectionService;
import io.crmsync.connection.ConnectionSummary;
import io.crmsync.connection.ConnectionTestResult;
import io.crmsync.connection.SalesforceSignInService;
import io.crmsync.spi.AuthFlow;
import java.util.Arrays;
import java.util.List;

/** One side's connection: sandbox or real account, its credentials, save and test. */
class ConnectionCard extends Composite<VerticalLayout> {

    private static final String KEEP = "Leave empty to keep the saved secret.";

    final RadioButtonGroup<ConnectionMode> mode = new RadioButtonGroup<>("Connect to");
    final Select<AuthFlow> flow = new Select<>();
    final TextField baseUrl = new TextField();
    final TextField clientId = new TextField();
    final PasswordField clientSecret = new PasswordField();
    final PasswordField refreshToken = new PasswordField("Refresh token");
    final PasswordField accessToken = new PasswordField("Private app access token");
    final Button save = new Button("Save");
    final Button test = new Button("Test connection");
    final Button signIn = new Button("Connect with Salesforce");
    final TestStatus status = new TestStatus();

    private final FormLayout realFields = new FormLayout();
    private final ConnectionService connections;
    private final SalesforceSignInService salesforceSignIn;
    private final ExternalSystem system;

    ConnectionCard(
            ConnectionService connections,
            SalesforceSignInService salesforceSignIn,
            ExternalSystem system) {
        this.connections = connections;
        this.salesforceSignIn = salesforceSignIn;
        this.system = system;
        boolean salesforce = system == ExternalSystem.SALESFORCE;
        mode.setItems(ConnectionMode.values());
        mode.setItemLabelGenerator(ConnectionMode::label);
        mode.addValueChangeListener(change -> showFields());
        flow.setLabel("Sign-in method");
        flow.setItems(flows());
        flow.setItemLabelGenerator(ConnectionCard::flowLabel);
        flow.addValueChangeListener(change -> showFields());
        baseUrl.setLabel(salesforce ? "Login URL or My Domain" : "API base URL");
        baseUrl.setPlaceholder(
                salesforce ? "https://login.salesforce.com" : "https://api.hubapi.com");
        clientId.setLabel(salesforce ? "Consumer key" : "Client id");
        clientSecret.setLabel(salesforce ? "Consumer secret" : "Client secret");
        realFields.add(flow, baseUrl, clientId, clientSecret, refreshToken, accessToken);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(false));
        test.addClickListener(click -> test());
        signIn.addClickListener(click -> signIn());

        VerticalLayout root = getContent();
        root.addClassName("connection-card");
        root.setWidth("28rem");
        root.add(
                new H2(system.label()),
                mode,
                realFields,
                new HorizontalLayout(save, test, signIn),
                status);
        load(connections.summary(system));
    }

    private void load(ConnectionSummary summary) {
        mode.setVisible(summary.sandboxAvailable());
        mode.setValue(summary.sandboxAvailable() ? summary.mode() : ConnectionMode.REAL);
        flow.setValue(summary.flow());
        baseUrl.setValue(summary.baseUrl() == null ? "" : summary.baseUrl());
        clientId.setValue(summary.clientId() == null ? "" : summary.clientId());
        secret(clientSecret, summary.clientSecretSet());
        secret(refreshToken, summary.refreshTokenSet());
        secret(accessToken, summary.accessTokenSet());
        status.show(summary.lastTest(), summary.effectiveUrl());
        showFields();
    }

    private void save(boolean confirmSwitch) {
        clearErrors();
        try {
            load(connections.save(form(), confirmSwitch));
            Notifications.success(system.label() + " connection saved.");
        } catch (ConnectionChangeRejected rejected) {
            if (rejected.field() == ConnectionChangeRejected.Field.ACCOUNT_SWITCH) {
                new SwitchConfirmDialog(rejected.getMessage(), () -> save(true)).open();
            } else {
                showError(rejected);
            }
        }
    }

    private void test() {
        clearErrors();
        try {
            ConnectionTestResult result = connections.test(form());
            status.show(result, null);
            if (result.ok()) {
                Notifications.success("Reached " + system.label() + " " + result.accountId() + ".");
            } else {
                Notifications.error(result.message());
            }
        } catch (ConnectionChangeRejected rejected) {
            showError(rejected);
        }
    }

    private void signIn() {
        try {
            String url = salesforceSignIn.authorizeUrl(SalesforceCallbackView.absoluteUrl());
            UI.getCurrent().getPage().setLocation(url);
        } catch (ConnectionChangeRejected rejected) {
            showError(rejected);
        }
    }

    private ConnectionForm form() {
        return new ConnectionForm(
                system,
                mode.getValue(),
                flow.getValue(),
                baseUrl.getValue(),
                clientId.getValue(),
                clientSecret.getValue(),
                refreshToken.getValue(),
                accessToken.getValue());
    }

    private void showError(ConnectionChangeRejected rejected) {
        HasValidation field =
                switch (rejected.field()) {
                    case FLOW -> flow;
                    case BASE_URL -> baseUrl;
                    case CLIENT_ID -> clientId;
                    case CLIENT_SECRET -> clientSecret;
                    case REFRESH_TOKEN -> refreshToken;
                    case ACCESS_TOKEN -> accessToken;
                    default -> null;
                };
        if (field == null) {
            Notifications.error(rejected.getMessage());
        } else {
            field.setErrorMessage(rejected.getMessage());
            field.setInvalid(true);
        }
    }

    private void clearErrors() {
        for (HasValidation field :
                List.<HasValidation>of(
                        flow, baseUrl, clientId, clientSecret, refreshToken, accessToken)) {
            field.setInvalid(false);
        }
    }

    private void showFields() {
        realFields.setVisible(mode.getValue() == ConnectionMode.REAL);
        AuthFlow chosen = flow.getValue();
        boolean oauthClient = chosen != AuthFlow.HUBSPOT_PRIVATE_APP;
        clientId.setVisible(oauthClient);
        refreshToken.setVisible(
                chosen == AuthFlow.SALESFORCE_AUTHORIZATION_CODE
                        || chosen == AuthFlow.HUBSPOT_OAUTH);
        accessToken.setVisible(chosen == AuthFlow.HUBSPOT_PRIVATE_APP);
        signIn.setVisible(
                mode.getValue() == ConnectionMode.REAL
                        && chosen == AuthFlow.SALESFORCE_AUTHORIZATION_CODE);
    }

    private List<AuthFlow> flows() {
        return Arrays.stream(AuthFlow.values())
                .filter(f -> f.name().startsWith(system.name()))
                .toList();
    }

    private static void secret(PasswordField field, boolean saved) {
        field.clear();
        field.setPlaceholder(saved ? "Saved" : "");
        field.setHelperText(saved ? KEEP : null);
    }

    private static String flowLabel(AuthFlow flow) {
        return switch (flow) {
            case SALESFORCE_CLIENT_CREDENTIALS -> "Client credentials (integration user)";
            case SALESFORCE_AUTHORIZATION_CODE -> "Sign in as a user (authorization code)";
            case HUBSPOT_PRIVATE_APP -> "Private app token";
            case HUBSPOT_OAUTH -> "OAuth app";
        };
    }
}
