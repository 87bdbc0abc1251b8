package io.crmsync.spi;

/** The kinds of batched write. An upsert matches on {@link RecordWrite#externalIdField()}. */
public enum WriteOperation {
    CREATE,
    UPDATE,
    UPSERT,
    DELETE
}
