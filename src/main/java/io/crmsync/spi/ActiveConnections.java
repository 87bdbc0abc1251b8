package io.crmsync.spi;

import io.crmsync.base.ExternalSystem;
import java.util.Optional;

/** The connection settings in force for each CRM, read by connectors before they call it. */
public interface ActiveConnections {

    /**
     * The settings of {@code system}.
     *
     * @throws ConnectorException a fatal failure when the side is not connected
     */
    ConnectionSettings settings(ExternalSystem system);

    /** The settings of {@code system}, or empty when it is not connected. */
    Optional<ConnectionSettings> current(ExternalSystem system);

    /**
     * The key webhook signatures of {@code system} are checked with: its client secret, never a
     * secret of the built-in sandbox on a real account (anyone could sign with a published one).
     */
    Optional<String> webhookSecret(ExternalSystem system);
}
