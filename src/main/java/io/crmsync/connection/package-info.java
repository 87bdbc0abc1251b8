/**
 * How crmsync reaches each CRM: its sandbox (the default) or a real account, with credentials
 * encrypted at rest. It provides {@link io.crmsync.spi.ActiveConnections} to the connectors, and
 * {@link io.crmsync.connection.Connectors}, the live connector of each CRM, to the features.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Connections")
package io.crmsync.connection;
