package io.crmsync.spi;

import java.time.Instant;
import java.util.List;

/**
 * One page of changes and the cursor after it; {@code more} says whether another page is waiting.
 *
 * <p>A page may hold <em>fresh</em> records, changed within the reader's safety lag, after the
 * records that cursor {@code next} covers. They are handed over at once, so that a change syncs
 * within one poll, but the cursor stays before them: a CRM may still commit a change with an
 * earlier timestamp, and the next read starts early enough to see it. Fresh records are therefore
 * read again until the lag has passed; readers of the stream skip a snapshot they already took.
 */
public record ChangePage(List<CrmRecord> records, ChangeCursor next, boolean more) {

    /**
     * The page for {@code records} read in order after {@code cursor}: the cursor moves past those
     * modified at or before {@code settledUpTo} and stops before the first fresh one. A page that
     * reaches fresh records has no more settled ones behind it.
     */
    public static ChangePage settling(
            List<CrmRecord> records, ChangeCursor cursor, Instant settledUpTo, boolean more) {
        ChangeCursor next = cursor;
        for (CrmRecord record : records) {
            if (record.modifiedAt().isAfter(settledUpTo)) {
                return new ChangePage(records, next, false);
            }
            next = new ChangeCursor(record.modifiedAt(), record.id());
        }
        return new ChangePage(records, next, more);
    }
}
