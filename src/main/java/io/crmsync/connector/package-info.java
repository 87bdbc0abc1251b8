/**
 * The CRM connectors: each implements the sync engine's SPI for one CRM, over OkHttp, inside its
 * {@code internal} package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Connectors")
package io.crmsync.connector;
