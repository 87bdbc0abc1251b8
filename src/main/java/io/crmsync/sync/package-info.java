/** The sync engine; what a CRM connector implements is the {@code spi} module. */
@org.springframework.modulith.ApplicationModule(displayName = "Sync engine")
package io.crmsync.sync;
