package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.soql.QueryEngine;
import io.crmsync.sandbox.salesforce.soql.SoqlQuery;
import io.crmsync.sandbox.salesforce.store.SalesforceIds;
import io.crmsync.sandbox.salesforce.store.SfRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Open query cursors. A cursor keeps the matched records as they were when the query ran, as a real
 * query locator does; the oldest are forgotten when too many are open.
 */
@Component("salesforceQueryLocators")
class QueryLocators {

    private static final int MAX_OPEN = 500;

    private record Cursor(SoqlQuery query, List<SfRecord> records, int batchSize) {}

    private final QueryEngine engine;
    private final SettingsHolder settings;
    private final AtomicLong counter = new AtomicLong();
    private final Map<String, Cursor> open =
            java.util.Collections.synchronizedMap(
                    new LinkedHashMap<>(16, 0.75f, true) {
                        @Override
                        protected boolean removeEldestEntry(Map.Entry<String, Cursor> eldest) {
                            return size() > MAX_OPEN;
                        }
                    });

    QueryLocators(QueryEngine engine, SettingsHolder settings) {
        this.engine = engine;
        this.settings = settings;
    }

    Map<String, Object> first(
            SoqlQuery query, List<SfRecord> records, int batchSize, String version) {
        Cursor cursor = new Cursor(query, List.copyOf(records), batchSize);
        String locator = null;
        if (records.size() > batchSize) {
            locator = SalesforceIds.of("01g", counter.incrementAndGet());
            open.put(locator, cursor);
        }
        return page(cursor, locator, 0, version);
    }

    Map<String, Object> page(String locatorAndOffset, String version) {
        int dash = locatorAndOffset.lastIndexOf('-');
        Cursor cursor = dash < 0 ? null : open.get(locatorAndOffset.substring(0, dash));
        int offset;
        try {
            offset = dash < 0 ? -1 : Integer.parseInt(locatorAndOffset.substring(dash + 1));
        } catch (NumberFormatException e) {
            offset = -1;
        }
        if (cursor == null || offset < 0 || offset >= cursor.records().size()) {
            throw SfApiException.badRequest("INVALID_QUERY_LOCATOR", "invalid query locator");
        }
        return page(cursor, locatorAndOffset.substring(0, dash), offset, version);
    }

    private Map<String, Object> page(Cursor cursor, String locator, int offset, String version) {
        int end = Math.min(cursor.records().size(), offset + cursor.batchSize());
        boolean done = end >= cursor.records().size();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("totalSize", cursor.records().size());
        body.put("done", done);
        if (!done) {
            body.put(
                    "nextRecordsUrl",
                    "/services/data/" + version + "/query/" + locator + "-" + end);
        } else if (locator != null) {
            open.remove(locator);
        }
        body.put(
                "records",
                cursor.records().subList(offset, end).stream()
                        .map(r -> engine.shape(cursor.query(), settings.catalog(), r, version))
                        .toList());
        return body;
    }
}
