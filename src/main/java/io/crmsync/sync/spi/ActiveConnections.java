package io.crmsync.sync.spi;

import io.crmsync.base.ExternalSystem;

/** The connection settings in force for each CRM, read by connectors before they call it. */
public interface ActiveConnections {

    ConnectionSettings settings(ExternalSystem system);
}
