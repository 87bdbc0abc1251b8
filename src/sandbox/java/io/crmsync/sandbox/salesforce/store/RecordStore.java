package io.crmsync.sandbox.salesforce.store;

import io.crmsync.sandbox.SandboxAutoConfiguration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * All records of the Salesforce sandbox. Reads are served from memory; every save is written
 * through to MariaDB in one JDBC batch before it returns, so the data survives a restart. Saves are
 * serialised, which keeps all-or-none collection writes atomic without database transactions
 * spanning requests. See docs/adr/010-salesforce-sandbox-storage.md.
 */
@Component("salesforceRecordStore")
@DependsOn(SandboxAutoConfiguration.SCHEMA_BEAN)
public class RecordStore {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private static final String INSERT =
            "INSERT INTO sbx_sf_record (id, sobject, is_deleted, system_modstamp, last_client,"
                    + " data) VALUES ";
    private static final String ON_DUPLICATE =
            " ON DUPLICATE KEY UPDATE is_deleted = VALUES(is_deleted), system_modstamp ="
                    + " VALUES(system_modstamp), last_client = VALUES(last_client), data ="
                    + " VALUES(data)";
    private static final int ROWS_PER_STATEMENT = 200;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, SfRecord> byId = new ConcurrentHashMap<>();
    private final Map<String, NavigableMap<String, SfRecord>> byType = new ConcurrentHashMap<>();
    private final AtomicLong counter = new AtomicLong();

    /**
     * Per type and field asked for by {@link #withValue}, the ids of the records holding each
     * value, compared without case: external ids and emails are indexed in a real org, so an upsert
     * must not scan every record.
     */
    private final Map<String, Map<String, java.util.NavigableSet<String>>> byValue =
            new ConcurrentHashMap<>();

    RecordStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        jdbc.query(
                "SELECT id, sobject, last_client, data FROM sbx_sf_record",
                row -> {
                    SfRecord record =
                            new SfRecord(
                                    row.getString(1),
                                    row.getString(2),
                                    json.readValue(row.getString(4), MAP),
                                    row.getString(3));
                    index(record);
                    counter.accumulateAndGet(SalesforceIds.counter(record.id()), Math::max);
                });
    }

    /** A fresh 18-character id for the key prefix. */
    public String newId(String keyPrefix) {
        return SalesforceIds.of(keyPrefix, counter.incrementAndGet());
    }

    public Optional<SfRecord> get(String id18) {
        return Optional.ofNullable(byId.get(id18));
    }

    /** Live and deleted records of a type, oldest id first. */
    public Collection<SfRecord> all(String type) {
        return byType.getOrDefault(type.toLowerCase(Locale.ROOT), new ConcurrentSkipListMap<>())
                .values();
    }

    /**
     * Live and deleted records of a type whose {@code field} equals {@code value} without regard to
     * case, oldest id first.
     */
    public synchronized List<SfRecord> withValue(String type, String field, String value) {
        String key = valueIndexKey(type, field);
        Map<String, java.util.NavigableSet<String>> index = byValue.get(key);
        if (index == null) {
            index = new ConcurrentHashMap<>();
            byValue.put(key, index);
            for (SfRecord record : all(type)) {
                addValue(index, record, field);
            }
        }
        java.util.NavigableSet<String> ids = index.get(value.toLowerCase(Locale.ROOT));
        if (ids == null) {
            return List.of();
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static String valueIndexKey(String type, String field) {
        return type.toLowerCase(Locale.ROOT) + "." + field;
    }

    private static void addValue(
            Map<String, java.util.NavigableSet<String>> index, SfRecord record, String field) {
        Object value = record.get(field);
        if (value != null) {
            index.computeIfAbsent(
                            value.toString().toLowerCase(Locale.ROOT),
                            v -> new java.util.concurrent.ConcurrentSkipListSet<>())
                    .add(record.id());
        }
    }

    private void reindexValues(SfRecord previous, SfRecord record) {
        String prefix = record.type().toLowerCase(Locale.ROOT) + ".";
        byValue.forEach(
                (key, index) -> {
                    if (!key.startsWith(prefix)) {
                        return;
                    }
                    String field = key.substring(prefix.length());
                    if (previous != null) {
                        Object old = previous.get(field);
                        if (old != null) {
                            var ids = index.get(old.toString().toLowerCase(Locale.ROOT));
                            if (ids != null) {
                                ids.remove(previous.id());
                            }
                        }
                    }
                    addValue(index, record, field);
                });
    }

    public int count(String type) {
        return byType.getOrDefault(type.toLowerCase(Locale.ROOT), new ConcurrentSkipListMap<>())
                .size();
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    /** Stores new versions of records, in memory and in the database, as one batch. */
    public synchronized void save(List<SfRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        List<Object[]> rows =
                records.stream()
                        .map(
                                r ->
                                        new Object[] {
                                            r.id(),
                                            r.type(),
                                            r.deleted(),
                                            r.systemModstamp(),
                                            r.lastClient(),
                                            json.writeValueAsString(r.values())
                                        })
                        .toList();
        // One multi-row statement per 200 records in one transaction: one round trip and one
        // commit.
        transaction.executeWithoutResult(
                status -> {
                    for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                        List<Object[]> chunk =
                                rows.subList(
                                        from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
                        String sql =
                                INSERT
                                        + String.join(
                                                ",",
                                                java.util.Collections.nCopies(
                                                        chunk.size(), "(?, ?, ?, ?, ?, ?)"))
                                        + ON_DUPLICATE;
                        jdbc.update(
                                sql, chunk.stream().flatMap(java.util.Arrays::stream).toArray());
                    }
                });
        records.forEach(this::index);
    }

    /** Removes everything, for tests and the admin reset. */
    public synchronized void clear() {
        jdbc.update("DELETE FROM sbx_sf_record");
        byId.clear();
        byType.clear();
        byValue.clear();
    }

    private void index(SfRecord record) {
        SfRecord previous = byId.put(record.id(), record);
        if (!byValue.isEmpty()) {
            reindexValues(previous, record);
        }
        byType.computeIfAbsent(
                        record.type().toLowerCase(Locale.ROOT), t -> new ConcurrentSkipListMap<>())
                .put(record.id(), record);
    }
}
