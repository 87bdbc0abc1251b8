/** The sync engine. Its {@code spi} package is what a CRM connector implements. */
@org.springframework.modulith.ApplicationModule(displayName = "Sync engine")
package io.crmsync.sync;
