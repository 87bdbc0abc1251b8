package io.crmsync.connection;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connection.ConnectionChangeRejected.Field;
import io.crmsync.connection.internal.AuthorizationCodeExchange;
import io.crmsync.connection.internal.ConnectionRepository;
import io.crmsync.connection.internal.PendingAuthorizations;
import io.crmsync.connection.internal.PendingAuthorizations.Pending;
import io.crmsync.connection.internal.SecretCipher;
import io.crmsync.connection.internal.StoredConnection;
import io.crmsync.security.AppRoles;
import io.crmsync.spi.AuthFlow;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * "Connect with Salesforce": the OAuth authorization-code flow with PKCE (S256). The Admin is sent
 * to the org's authorize page; the callback exchanges the code for a refresh token, which is saved
 * like any other secret, switch confirmation included.
 */
@Service
public class SalesforceSignInService {

    private final ConnectionRepository connections;
    private final ConnectionService service;
    private final PendingAuthorizations pending;
    private final AuthorizationCodeExchange exchange;
    private final SecretCipher cipher;

    SalesforceSignInService(
            ConnectionRepository connections,
            ConnectionService service,
            PendingAuthorizations pending,
            AuthorizationCodeExchange exchange,
            SecretCipher cipher) {
        this.connections = connections;
        this.service = service;
        this.pending = pending;
        this.exchange = exchange;
        this.cipher = cipher;
    }

    /** The authorize URL to send the browser to; {@code redirectUri} is crmsync's callback. */
    @PreAuthorize(AppRoles.IS_ADMIN)
    public String authorizeUrl(String redirectUri) {
        StoredConnection saved = saved();
        String state = pending.begin(redirectUri);
        String verifier = pending.find(state).orElseThrow().verifier();
        return saved.baseUrl()
                + "/services/oauth2/authorize?response_type=code"
                + "&client_id="
                + encode(saved.clientId())
                + "&redirect_uri="
                + encode(redirectUri)
                + "&scope="
                + encode("api refresh_token")
                + "&code_challenge="
                + PendingAuthorizations.challenge(verifier)
                + "&code_challenge_method=S256"
                + "&state="
                + state;
    }

    /**
     * Finishes a sign-in: exchanges {@code code} (once) and saves the refresh token. When the token
     * reaches another org than the linked one, the Admin confirms and this is called again with the
     * same state and {@code confirmSwitch}.
     */
    @PreAuthorize(AppRoles.IS_ADMIN)
    public ConnectionSummary complete(String state, String code, boolean confirmSwitch) {
        Pending signIn =
                pending.find(state)
                        .orElseThrow(
                                () ->
                                        new ConnectionChangeRejected(
                                                Field.NONE,
                                                "This sign-in expired or was already used. Start"
                                                        + " again with Connect with Salesforce."));
        StoredConnection saved = saved();
        if (signIn.refreshToken() == null) {
            signIn.exchanged(
                    exchange.refreshToken(
                            saved.baseUrl(),
                            saved.clientId(),
                            cipher.decrypt(saved.clientSecretEnc()),
                            code,
                            signIn.verifier(),
                            signIn.redirectUri()));
        }
        ConnectionSummary result =
                service.save(
                        new ConnectionForm(
                                ExternalSystem.SALESFORCE,
                                ConnectionMode.REAL,
                                AuthFlow.SALESFORCE_AUTHORIZATION_CODE,
                                saved.baseUrl(),
                                saved.clientId(),
                                null,
                                signIn.refreshToken(),
                                null),
                        confirmSwitch);
        pending.finish(state);
        return result;
    }

    private StoredConnection saved() {
        return connections
                .find(ExternalSystem.SALESFORCE)
                .filter(c -> c.mode() == ConnectionMode.REAL)
                .filter(c -> c.flow() == AuthFlow.SALESFORCE_AUTHORIZATION_CODE)
                .orElseThrow(
                        () ->
                                new ConnectionChangeRejected(
                                        Field.FLOW,
                                        "Save the Salesforce settings with \"Sign in as a user\""
                                                + " first."));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
