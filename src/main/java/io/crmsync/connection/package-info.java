/**
 * How crmsync reaches each CRM: its sandbox (the default) or a real account, with credentials
 * encrypted at rest. Connectors read the settings in force through {@link
 * io.crmsync.connection.ActiveConnections}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Connections")
package io.crmsync.connection;
