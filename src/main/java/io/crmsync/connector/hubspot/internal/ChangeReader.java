package io.crmsync.connector.hubspot.internal;

import io.crmsync.connector.RecentWrites;
import io.crmsync.spi.ChangeCursor;
import io.crmsync.spi.ChangePage;
import io.crmsync.spi.CrmRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    private static final Duration RATE_WINDOW = Duration.ofSeconds(10);

    private final SearchPager search;
    private final ArchivedLister archived;
    private final Clock clock;
    private final Duration safetyLag;
    private final Duration deletesEvery;
    private final Map<String, Deletions> deletions = new ConcurrentHashMap<>();
    private final RecentWrites recentWrites;

    /** The archived records of one type as listed at {@code listedAt}. */
    private record Deletions(List<CrmRecord> records, Instant listedAt) {}

    /**
     * @param deletesEvery how long one listing of archived records serves: HubSpot cannot filter
     *     that list by time, so each listing reads every archived record of the type (100 a call)
     */
    public ChangeReader(
            HubSpotClient client,
            Clock clock,
            Duration safetyLag,
            Duration deletesEvery,
            RecentWrites recentWrites) {
        this.recentWrites = recentWrites;
        this.search = new SearchPager(client);
        this.archived = new ArchivedLister(client);
        this.clock = clock;
        this.safetyLag = safetyLag;
        this.deletesEvery = deletesEvery;
    }

    /**
     * The cursor passes only changes older than the last listing of archived records by the safety
     * lag, so that a deletion listed later (or stamped by a clock a little behind this one) is
     * still after the cursor. When the age of that listing holds back a backlog (search has more
     * pages), the archived records are listed again, at most once per safety lag or HubSpot's rate
     * window of 10 seconds, whichever is longer: reading back a burst of crmsync's own writes would
     * otherwise list them on every read, and each listing counts against that window's limit.
     */
    public ChangePage read(String type, ChangeCursor cursor, List<String> fields, int pageSize) {
        Instant now = clock.instant();
        Instant horizon = recentWrites.readHorizon(type, now, safetyLag, pageSize);
        if (!cursor.modifiedAt().isBefore(horizon)) {
            return new ChangePage(List.of(), cursor, false);
        }
        SearchPager.Result updates = search.after(type, cursor, horizon, fields, pageSize);
        Deletions listed = deletions(type, fields, now, false);
        ChangePage page = page(updates, listed, cursor, pageSize, horizon);
        if (updates.more()
                && !page.more()
                && heldByListing(page, listed, now)
                && !listed.listedAt().plus(relistAfter()).isAfter(now)) {
            page = page(updates, deletions(type, fields, now, true), cursor, pageSize, horizon);
        }
        return page;
    }

    private Duration relistAfter() {
        return safetyLag.compareTo(RATE_WINDOW) > 0 ? safetyLag : RATE_WINDOW;
    }

    private Deletions deletions(String type, List<String> fields, Instant now, boolean fresh) {
        String key = type + "|" + String.join(",", fields);
        Deletions listed = deletions.get(key);
        if (fresh || listed == null || !listed.listedAt().plus(deletesEvery).isAfter(now)) {
            listed = new Deletions(archived.list(type, fields), now);
            deletions.put(key, listed);
        }
        return listed;
    }

    private ChangePage page(
            SearchPager.Result updates,
            Deletions listed,
            ChangeCursor cursor,
            int pageSize,
            Instant horizon) {
        Instant limit = updates.more() ? updates.records().getLast().modifiedAt() : horizon;
        Map<String, CrmRecord> byId = new LinkedHashMap<>();
        updates.records().forEach(r -> byId.put(r.id(), r));
        for (CrmRecord deleted : listed.records()) {
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
        return ChangePage.settling(page, cursor, listed.listedAt().minus(safetyLag), more);
    }

    /** Whether the page stopped at a change that only the age of the listing keeps unsettled. */
    private boolean heldByListing(ChangePage page, Deletions listed, Instant now) {
        Instant listing = listed.listedAt().minus(safetyLag);
        Instant lag = now.minus(safetyLag);
        return page.records().stream()
                .map(CrmRecord::modifiedAt)
                .anyMatch(at -> at.isAfter(listing) && !at.isAfter(lag));
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
