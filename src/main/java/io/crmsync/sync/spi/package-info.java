/**
 * What the sync engine needs from a CRM, whatever the object: read changes since a cursor, read by
 * id or key, write in batches with a result per record, describe the schema, and tell who it is.
 * Nothing here is specific to contacts or to either CRM.
 */
@org.springframework.modulith.NamedInterface("spi")
package io.crmsync.sync.spi;
