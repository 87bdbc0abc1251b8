/** Connectors: the Salesforce and HubSpot clients that implement the sync engine's SPI. */
@org.springframework.modulith.ApplicationModule(displayName = "Connectors")
package io.crmsync.connector;
