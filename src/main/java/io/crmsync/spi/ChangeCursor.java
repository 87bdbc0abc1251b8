package io.crmsync.spi;

import java.time.Instant;

/**
 * A position in a CRM's change stream: the modification time and id of the last record taken. Ties
 * on the instant are broken by id, so that no record is skipped or taken twice when many share a
 * time. Readers keep it a safety lag behind the clock, since a CRM may commit a change with a
 * timestamp earlier than one already visible; see {@link ChangePage}.
 */
public record ChangeCursor(Instant modifiedAt, String lastId) {

    public static final ChangeCursor BEGINNING = new ChangeCursor(Instant.EPOCH, "");
}
