package io.crmsync.connection.internal;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connection.BuiltInSandboxes;
import io.crmsync.connection.ConnectionMode;
import io.crmsync.spi.ActiveConnections;
import io.crmsync.spi.ConnectionSettings;
import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.ErrorType;
import io.crmsync.spi.FailureKind;
import io.crmsync.spi.SyncFailure;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The settings connectors use: the saved real account of a side, or else the built-in sandbox where
 * the simulators run. A side with neither is not connected: its calls fail with a fatal {@code
 * NOT_CONNECTED} failure, which suspends the sync until an Admin connects it.
 */
@Component
public class ActiveConnectionSettings implements ActiveConnections {

    /** The code of the failure of a side that has no account. */
    public static final String NOT_CONNECTED = "NOT_CONNECTED";

    private static final Duration RECHECK = Duration.ofMinutes(1);

    private final ConnectionRepository connections;
    private final SecretCipher cipher;
    private final ObjectProvider<BuiltInSandboxes> sandboxes;

    ActiveConnectionSettings(
            ConnectionRepository connections,
            SecretCipher cipher,
            ObjectProvider<BuiltInSandboxes> sandboxes) {
        this.connections = connections;
        this.cipher = cipher;
        this.sandboxes = sandboxes;
    }

    @Override
    public ConnectionSettings settings(ExternalSystem system) {
        return current(system)
                .orElseThrow(
                        () ->
                                new ConnectorException(
                                        new SyncFailure(
                                                FailureKind.FATAL,
                                                ErrorType.CONNECTION,
                                                NOT_CONNECTED,
                                                system.label()
                                                        + " is not connected: an Admin connects"
                                                        + " its account on the Connections page.",
                                                List.of(),
                                                RECHECK),
                                        null));
    }

    @Override
    public Optional<ConnectionSettings> current(ExternalSystem system) {
        Optional<StoredConnection> saved = connections.find(system);
        if (saved.isPresent() && saved.get().mode() == ConnectionMode.REAL) {
            return Optional.of(real(saved.get()));
        }
        return sandbox(system);
    }

    @Override
    public Optional<String> webhookSecret(ExternalSystem system) {
        Optional<ConnectionSettings> settings = current(system);
        String secret = settings.map(ConnectionSettings::clientSecret).orElse(null);
        if (secret == null) {
            return Optional.empty();
        }
        boolean published =
                !settings.get().sandbox()
                        && sandbox(system)
                                .map(ConnectionSettings::clientSecret)
                                .filter(secret::equals)
                                .isPresent();
        return published ? Optional.empty() : Optional.of(secret);
    }

    /** The saved settings with their secrets decrypted. */
    public ConnectionSettings real(StoredConnection c) {
        return new ConnectionSettings(
                c.system(),
                false,
                c.flow(),
                c.baseUrl(),
                null,
                c.clientId(),
                cipher.decrypt(c.clientSecretEnc()),
                cipher.decrypt(c.refreshTokenEnc()),
                cipher.decrypt(c.accessTokenEnc()));
    }

    /** The built-in sandbox's settings, where the simulators run. */
    public Optional<ConnectionSettings> sandbox(ExternalSystem system) {
        return Optional.ofNullable(sandboxes.getIfAvailable()).map(s -> s.settings(system));
    }

    /** Whether the simulators run in this application. */
    public boolean sandboxAvailable() {
        return sandboxes.getIfAvailable() != null;
    }
}
