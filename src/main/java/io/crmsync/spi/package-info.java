/**
 * What the sync engine needs from a CRM, whatever the object: read changes since a cursor, read by
 * id or key, write in batches with a result per record, describe the schema, and tell who it is.
 * Nothing here is specific to contacts or to either CRM. A module of its own, so that connectors,
 * connections and the API budget depend on this contract and not on the engine.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Connector SPI")
package io.crmsync.spi;
