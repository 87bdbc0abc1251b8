package io.crmsync.connector.salesforce.internal;

import io.crmsync.connector.RecentWrites;
import io.crmsync.spi.ChangeCursor;
import io.crmsync.spi.ChangePage;
import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.CrmUser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Reads through SOQL: changes since a cursor, records by id, records by key, the org's users.
 *
 * <p>Changes come from one {@code queryAll} ordered by {@code (SystemModstamp, Id)}, which returns
 * live and deleted rows in a single stream. This merges deletes in without a second cursor and
 * costs no extra call: a deleted row carries {@code IsDeleted = true} and the SystemModstamp of its
 * deletion. Deletes older than the Recycle Bin's retention (about 15 days) are not seen.
 */
final class Queries {

    static final int IDS_PER_QUERY = 200;

    /** Query subrequests that one {@code /composite} call may hold. */
    static final int MAX_QUERIES_PER_COMPOSITE = 5;

    /** Keeps a query's URL well under Salesforce's 16,384 characters, with 200 emails in one. */
    static final int MAX_VALUE_CHARS = 12_000;

    private static final List<String> CHANGE_FIELDS =
            List.of("Id", "SystemModstamp", "LastModifiedById", "IsDeleted");

    private final SalesforceHttp http;
    private final Clock clock;
    private final Duration safetyLag;

    private final RecentWrites recentWrites;

    Queries(SalesforceHttp http, Clock clock, Duration safetyLag, RecentWrites recentWrites) {
        this.recentWrites = recentWrites;
        this.http = http;
        this.clock = clock;
        this.safetyLag = safetyLag;
    }

    ChangePage changes(String objectType, ChangeCursor cursor, List<String> fields, int pageSize) {
        Instant now = clock.instant();
        Instant horizon = recentWrites.readHorizon(objectType, now, safetyLag, pageSize);
        if (!cursor.modifiedAt().isBefore(horizon)) {
            return new ChangePage(List.of(), cursor, false);
        }
        String t = Soql.datetime(cursor.modifiedAt());
        String upTo = horizon.equals(now) ? "" : " AND SystemModstamp <= " + Soql.datetime(horizon);
        String soql =
                Soql.select(withExtra(fields, CHANGE_FIELDS), objectType)
                        + " WHERE (SystemModstamp > "
                        + t
                        + " OR (SystemModstamp = "
                        + t
                        + " AND Id > "
                        + Soql.quote(cursor.lastId())
                        + "))"
                        + upTo
                        + " ORDER BY SystemModstamp, Id LIMIT "
                        + Math.max(1, pageSize);
        List<CrmRecord> records = run("/queryAll", soql, objectType, fields);
        return ChangePage.settling(
                records, cursor, now.minus(safetyLag), records.size() >= pageSize);
    }

    List<CrmRecord> byIds(String objectType, Collection<String> ids, List<String> fields) {
        return byValues(objectType, "Id", ids, fields);
    }

    /**
     * Records whose {@code keyField} equals one of {@code values}. SOQL compares text without
     * regard to case, so {@code Ann@Example.com} also finds {@code ann@example.com}.
     */
    List<CrmRecord> byValues(
            String objectType, String keyField, Collection<String> values, List<String> fields) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(values));
        List<CrmRecord> out = new ArrayList<>();
        for (List<String> chunk : chunks(distinct)) {
            String soql = byKeyQuery(objectType, keyField, fields, chunk);
            out.addAll(run("/query", soql, objectType, fields));
        }
        return out;
    }

    /**
     * Records of several types whose {@code keyField} equals one of {@code values}, in the order of
     * the types: one {@code /composite} call per chunk of values, holding a query per type, which
     * Salesforce counts as one API call. A type's further pages are read as usual.
     */
    List<CrmRecord> byValues(
            List<String> objectTypes,
            String keyField,
            Collection<String> values,
            Function<String, List<String>> fieldsOf) {
        if (objectTypes.size() == 1 || objectTypes.size() > MAX_QUERIES_PER_COMPOSITE) {
            List<CrmRecord> out = new ArrayList<>();
            objectTypes.forEach(t -> out.addAll(byValues(t, keyField, values, fieldsOf.apply(t))));
            return out;
        }
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(values));
        Map<String, List<CrmRecord>> byType = new LinkedHashMap<>();
        objectTypes.forEach(t -> byType.put(t, new ArrayList<>()));
        for (List<String> chunk : chunks(distinct)) {
            List<Map<String, Object>> subrequests = new ArrayList<>();
            for (String type : objectTypes) {
                String soql = byKeyQuery(type, keyField, fieldsOf.apply(type), chunk);
                subrequests.add(
                        Map.of(
                                "method", "GET",
                                "url",
                                        "/services/data/"
                                                + SalesforceHttp.VERSION
                                                + "/query?q="
                                                + URLEncoder.encode(soql, StandardCharsets.UTF_8),
                                "referenceId", "q" + subrequests.size()));
            }
            JsonNode answer =
                    http.execute(
                            SfCall.write(
                                    "POST",
                                    "/composite",
                                    Map.of("allOrNone", false, "compositeRequest", subrequests),
                                    String.join(",", objectTypes),
                                    "composite-query",
                                    true));
            for (int i = 0; i < objectTypes.size(); i++) {
                String type = objectTypes.get(i);
                JsonNode sub = answer.path("compositeResponse").path(i);
                int status = sub.path("httpStatusCode").asInt(0);
                if (status < 200 || status >= 300) {
                    throw new ConnectorException(http.failureOf(status, sub.path("body")), null);
                }
                byType.get(type)
                        .addAll(pages(sub.path("body"), type, fieldsOf.apply(type), "query"));
            }
        }
        List<CrmRecord> out = new ArrayList<>();
        byType.values().forEach(out::addAll);
        return out;
    }

    private static String byKeyQuery(
            String objectType, String keyField, List<String> fields, List<String> values) {
        List<String> select = withExtra(fields, List.of("Id", "SystemModstamp", keyField));
        return Soql.select(select, objectType)
                + " WHERE "
                + Soql.name(keyField)
                + " IN "
                + Soql.in(values);
    }

    /** Every user of the org, active or not, in one query that follows its pages. */
    /** The rows of one query, every page of it. */
    List<CrmRecord> query(String soql, String objectType, List<String> fields) {
        return run("/query", soql, objectType, fields);
    }

    List<CrmUser> users() {
        List<String> fields = List.of("Id", "Email", "Name", "IsActive");
        List<CrmUser> users = new ArrayList<>();
        for (CrmRecord row :
                run("/query", Soql.select(fields, "User") + " ORDER BY Id", "User", fields)) {
            Object email = row.fields().get("Email");
            Object name = row.fields().get("Name");
            users.add(
                    new CrmUser(
                            row.id(),
                            email == null || email.toString().isBlank() ? null : email.toString(),
                            name == null ? null : name.toString(),
                            Boolean.TRUE.equals(row.fields().get("IsActive"))));
        }
        return users;
    }

    /**
     * At most 200 values and about 6,000 characters of values per query, so that the URL stays well
     * under the 8 to 16 KB that Salesforce and most servers accept in a request line.
     */
    static List<List<String>> chunks(List<String> values) {
        List<List<String>> chunks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int length = 0;
        for (String value : values) {
            int size = URLEncoder.encode(Soql.quote(value), StandardCharsets.UTF_8).length() + 3;
            if (!current.isEmpty()
                    && (current.size() >= IDS_PER_QUERY || length + size > MAX_VALUE_CHARS)) {
                chunks.add(current);
                current = new ArrayList<>();
                length = 0;
            }
            current.add(value);
            length += size;
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    private List<CrmRecord> run(
            String resource, String soql, String objectType, List<String> fields) {
        String operation = resource.substring(1);
        JsonNode page =
                http.execute(
                        SfCall.query(
                                resource + "?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8),
                                objectType,
                                operation));
        return pages(page, objectType, fields, operation);
    }

    /** The records of a query's first page and of the pages that follow it. */
    private List<CrmRecord> pages(
            JsonNode page, String objectType, List<String> fields, String operation) {
        List<CrmRecord> out = new ArrayList<>();
        while (true) {
            page.path("records").forEach(row -> out.add(Json.record(row, objectType, fields)));
            String next = page.path("nextRecordsUrl").asString(null);
            if (page.path("done").asBoolean(true) || next == null) {
                return out;
            }
            page = http.execute(SfCall.query(next, objectType, operation + "-more"));
        }
    }

    private static List<String> withExtra(List<String> fields, List<String> extra) {
        LinkedHashSet<String> all = new LinkedHashSet<>(extra);
        all.addAll(fields);
        return List.copyOf(all);
    }
}
