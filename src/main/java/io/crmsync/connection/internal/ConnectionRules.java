package io.crmsync.connection.internal;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connection.ConnectionChangeRejected;
import io.crmsync.connection.ConnectionChangeRejected.Field;
import io.crmsync.connection.ConnectionForm;
import io.crmsync.connection.ConnectionMode;
import io.crmsync.spi.AuthFlow;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/** Turns a form into the row to store: validated, with new secrets encrypted and others kept. */
public final class ConnectionRules {

    private ConnectionRules() {}

    public static StoredConnection apply(
            ConnectionForm form, StoredConnection saved, SecretCipher cipher) {
        ExternalSystem system = form.system();
        if (form.mode() == null) {
            throw new ConnectionChangeRejected(Field.MODE, "Choose Sandbox or Real account.");
        }
        if (form.mode() == ConnectionMode.SANDBOX) {
            return saved == null
                    ? new StoredConnection(
                            system,
                            ConnectionMode.SANDBOX,
                            sandboxFlow(system),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null)
                    : withMode(saved, ConnectionMode.SANDBOX);
        }
        AuthFlow flow = form.flow();
        if (flow == null || !flow.name().startsWith(system.name())) {
            throw new ConnectionChangeRejected(
                    Field.FLOW, "Choose how crmsync signs in to " + system.label() + ".");
        }
        String url = url(form.baseUrl(), system);
        String clientId = blankToNull(form.clientId());
        String secret = keep(form.clientSecret(), saved == null ? null : saved.clientSecretEnc());
        String refresh = keep(form.refreshToken(), saved == null ? null : saved.refreshTokenEnc());
        String token = keep(form.accessToken(), saved == null ? null : saved.accessTokenEnc());
        switch (flow) {
            case SALESFORCE_CLIENT_CREDENTIALS -> {
                require(clientId, Field.CLIENT_ID, "Enter the connected app's consumer key.");
                require(secret, Field.CLIENT_SECRET, "Enter the connected app's consumer secret.");
            }
            case SALESFORCE_AUTHORIZATION_CODE ->
                    require(clientId, Field.CLIENT_ID, "Enter the connected app's consumer key.");
            case HUBSPOT_PRIVATE_APP ->
                    require(token, Field.ACCESS_TOKEN, "Enter the private app's access token.");
            case HUBSPOT_OAUTH -> {
                require(clientId, Field.CLIENT_ID, "Enter the app's client id.");
                require(secret, Field.CLIENT_SECRET, "Enter the app's client secret.");
                require(refresh, Field.REFRESH_TOKEN, "Enter the refresh token.");
            }
        }
        return new StoredConnection(
                system,
                ConnectionMode.REAL,
                flow,
                url,
                clientId,
                encryptNew(form.clientSecret(), secret, cipher),
                encryptNew(form.refreshToken(), refresh, cipher),
                encryptNew(form.accessToken(), token, cipher),
                saved == null ? null : saved.linkedAccountId(),
                saved == null ? null : saved.lastTest());
    }

    /** Whether {@code next} may reach another org or portal than {@code saved}. */
    public static boolean targetChanged(StoredConnection saved, StoredConnection next) {
        if (saved == null) {
            return next.mode() == ConnectionMode.REAL;
        }
        if (saved.mode() != next.mode()) {
            return true;
        }
        return next.mode() == ConnectionMode.REAL
                && !(saved.flow() == next.flow()
                        && Objects.equals(saved.baseUrl(), next.baseUrl())
                        && Objects.equals(saved.clientId(), next.clientId())
                        && Objects.equals(saved.clientSecretEnc(), next.clientSecretEnc())
                        && Objects.equals(saved.refreshTokenEnc(), next.refreshTokenEnc())
                        && Objects.equals(saved.accessTokenEnc(), next.accessTokenEnc()));
    }

    public static AuthFlow sandboxFlow(ExternalSystem system) {
        return system == ExternalSystem.SALESFORCE
                ? AuthFlow.SALESFORCE_CLIENT_CREDENTIALS
                : AuthFlow.HUBSPOT_PRIVATE_APP;
    }

    public static StoredConnection withMode(StoredConnection c, ConnectionMode mode) {
        return new StoredConnection(
                c.system(),
                mode,
                c.flow(),
                c.baseUrl(),
                c.clientId(),
                c.clientSecretEnc(),
                c.refreshTokenEnc(),
                c.accessTokenEnc(),
                c.linkedAccountId(),
                c.lastTest());
    }

    public static StoredConnection withLinkedAccount(StoredConnection c, String accountId) {
        return new StoredConnection(
                c.system(),
                c.mode(),
                c.flow(),
                c.baseUrl(),
                c.clientId(),
                c.clientSecretEnc(),
                c.refreshTokenEnc(),
                c.accessTokenEnc(),
                accountId,
                c.lastTest());
    }

    private static String url(String text, ExternalSystem system) {
        String example =
                system == ExternalSystem.SALESFORCE
                        ? "https://login.salesforce.com"
                        : "https://api.hubapi.com";
        String value = blankToNull(text);
        String message = "Enter an http:// or https:// address, such as " + example + ".";
        if (value == null) {
            throw new ConnectionChangeRejected(Field.BASE_URL, message);
        }
        try {
            URI uri = new URI(value);
            boolean web =
                    "https".equalsIgnoreCase(uri.getScheme())
                            || "http".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getQuery() != null) {
                throw new ConnectionChangeRejected(Field.BASE_URL, message);
            }
        } catch (URISyntaxException e) {
            throw new ConnectionChangeRejected(Field.BASE_URL, message);
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    private static String keep(String entered, String savedEncrypted) {
        return blankToNull(entered) != null ? entered : savedEncrypted;
    }

    private static String encryptNew(String entered, String kept, SecretCipher cipher) {
        return blankToNull(entered) != null ? cipher.encrypt(entered.strip()) : kept;
    }

    private static void require(String value, Field field, String message) {
        if (value == null) {
            throw new ConnectionChangeRejected(field, message);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
