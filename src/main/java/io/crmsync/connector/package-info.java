/** The CRM connectors: each implements the sync engine's SPI for one CRM. */
@org.springframework.modulith.ApplicationModule(displayName = "Connectors")
package io.crmsync.connector;
