/** The sync engine and the configuration it runs on; a CRM connector implements {@code spi}. */
@org.springframework.modulith.ApplicationModule(displayName = "Sync engine")
package io.crmsync.sync;
