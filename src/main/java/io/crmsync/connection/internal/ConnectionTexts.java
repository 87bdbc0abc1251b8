package io.crmsync.connection.internal;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connection.ConnectionForm;
import io.crmsync.connection.ConnectionMode;
import io.crmsync.connection.ConnectionSummary;
import io.crmsync.connection.ConnectionTestResult;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the Connections module shows and audits about a connection; never a secret. */
public final class ConnectionTexts {

    private ConnectionTexts() {}

    /**
     * The summary of a side; {@code c} is null when nothing was saved, {@code sandboxUrl} when the
     * built-in sandboxes do not run here.
     */
    public static ConnectionSummary summary(
            ExternalSystem system, StoredConnection c, String sandboxUrl) {
        boolean sandboxes = sandboxUrl != null;
        if (c == null) {
            return new ConnectionSummary(
                    system,
                    sandboxes ? ConnectionMode.SANDBOX : ConnectionMode.REAL,
                    sandboxes ? ConnectionRules.sandboxFlow(system) : null,
                    null,
                    sandboxUrl,
                    null,
                    false,
                    false,
                    false,
                    null,
                    null,
                    sandboxes);
        }
        return new ConnectionSummary(
                system,
                c.mode(),
                c.flow(),
                c.baseUrl(),
                c.mode() == ConnectionMode.REAL ? c.baseUrl() : sandboxUrl,
                c.clientId(),
                c.clientSecretEnc() != null,
                c.refreshTokenEnc() != null,
                c.accessTokenEnc() != null,
                c.linkedAccountId(),
                c.lastTest(),
                sandboxes);
    }

    /** Why a save needs the Admin's confirmation that the account switches. */
    public static String switchMessage(
            ConnectionForm form, String linked, ConnectionTestResult reached) {
        String what = form.system() == ExternalSystem.SALESFORCE ? "org" : "portal";
        String found =
                reached.ok()
                        ? "These settings reach " + what + " " + reached.accountId()
                        : "crmsync could not confirm which "
                                + what
                                + " these settings reach ("
                                + reached.message()
                                + ")";
        return found
                + ", but crmsync's links belong to "
                + what
                + " "
                + linked
                + ". Confirm the switch to save them anyway; links to the old "
                + what
                + " stop matching.";
    }

    /** The audited state of a connection: no secret, not even encrypted. */
    public static Map<String, Object> state(StoredConnection c) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("mode", c.mode().name());
        state.put("flow", c.flow().name());
        state.put("baseUrl", c.baseUrl());
        state.put("clientId", c.clientId());
        state.put("linkedAccountId", c.linkedAccountId());
        return state;
    }

    /** The audited state after a save, with which secrets were entered anew. */
    public static Map<String, Object> changes(
            StoredConnection c, ConnectionForm form, boolean switched) {
        Map<String, Object> state = state(c);
        boolean real = c.mode() == ConnectionMode.REAL;
        state.put("clientSecretChanged", yesNo(real && entered(form.clientSecret())));
        state.put("refreshTokenChanged", yesNo(real && entered(form.refreshToken())));
        state.put("accessTokenChanged", yesNo(real && entered(form.accessToken())));
        if (switched) {
            state.put("accountSwitchConfirmed", "yes");
        }
        return state;
    }

    private static boolean entered(String secret) {
        return secret != null && !secret.isBlank();
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
