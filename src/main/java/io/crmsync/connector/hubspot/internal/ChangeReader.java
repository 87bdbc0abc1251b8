package io.crmsync.connector.hubspot.internal;

import io.crmsync.sync.spi.ChangeCursor;
import io.crmsync.sync.spi.ChangePage;
import io.crmsync.sync.spi.CrmRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes since a {@code (modifiedAt, id)} cursor: updates from the search API sorted by the
 * last-modified property, deletes from the archived list, merged in cursor order.
 *
 * <p>Changes within the safety lag are returned as fresh records the cursor does not pass, since
 * search shows a write a few seconds after its timestamp: a cursor that ran ahead of a not yet
 * visible change would skip it. A page never ends inside a group of records sharing one timestamp,
 * because search cannot order ties by id.
 */
public final class ChangeReader {

    static final Comparator<CrmRecord> ORDER =
            Comparator.comparing(CrmRecord::modifiedAt)
                    .thenComparing(CrmRecord::id, ChangeReader::compareIds);

    private final SearchPager search;
    private final ArchivedLister archived;
    private final Clock clock;
    private final Duration safetyLag;

    public ChangeReader(HubSpotClient client, Clock clock, Duration safetyLag) {
        this.search = new SearchPager(client);
        this.archived = new ArchivedLister(client);
        this.clock = clock;
        this.safetyLag = safetyLag;
    }

    public ChangePage read(String type, ChangeCursor cursor, List<String> fields, int pageSize) {
        Instant now = clock.instant();
        if (!cursor.modifiedAt().isBefore(now)) {
            return new ChangePage(List.of(), cursor, false);
        }
        SearchPager.Result updates = search.after(type, cursor, now, fields, pageSize);
        Instant limit = updates.more() ? updates.records().getLast().modifiedAt() : now;
        Map<String, CrmRecord> byId = new LinkedHashMap<>();
        updates.records().forEach(r -> byId.put(r.id(), r));
        for (CrmRecord deleted : archived.list(type, fields)) {
            if (deleted.modifiedAt() != null
                    && after(deleted, cursor)
                    && !deleted.modifiedAt().isAfter(limit)) {
                byId.merge(deleted.id(), deleted, (a, b) -> ORDER.compare(a, b) >= 0 ? a : b);
            }
        }
        List<CrmRecord> all = new ArrayList<>(byId.values());
        all.sort(ORDER);
        List<CrmRecord> page = cut(all, pageSize);
        boolean more = updates.more() || page.size() < all.size();
        return ChangePage.settling(page, cursor, now.minus(safetyLag), more);
    }

    /** The first {@code pageSize} records, and the rest of the last one's timestamp group. */
    static List<CrmRecord> cut(List<CrmRecord> sorted, int pageSize) {
        int end = Math.min(sorted.size(), Math.max(1, pageSize));
        while (end < sorted.size()
                && sorted.get(end).modifiedAt().equals(sorted.get(end - 1).modifiedAt())) {
            end++;
        }
        return List.copyOf(sorted.subList(0, end));
    }

    static boolean after(CrmRecord record, ChangeCursor cursor) {
        int byTime = record.modifiedAt().compareTo(cursor.modifiedAt());
        return byTime > 0 || (byTime == 0 && compareIds(record.id(), cursor.lastId()) > 0);
    }

    /** HubSpot ids are numbers written as strings: shorter is smaller. */
    static int compareIds(String a, String b) {
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
}
