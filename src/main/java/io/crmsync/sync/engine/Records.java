package io.crmsync.sync.engine;

import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reading the records of a batch, and naming them for people. */
final class Records {

    private Records() {}

    /**
     * The records of the items by id: the snapshot taken by the poll when there is one, else read
     * in one batch. An item tried before is read again: its snapshot may be older than an edit made
     * while the attempt failed or its node was down, and a retry is planned afresh, never replayed.
     * An id missing from the result no longer exists.
     */
    static Map<String, CrmRecord> resolve(
            CrmConnector connector, String objectType, List<WorkItem> items, List<String> fields) {
        Map<String, CrmRecord> records = new HashMap<>();
        List<String> toRead =
                items.stream()
                        .filter(i -> !usesSnapshot(i))
                        .map(WorkItem::recordId)
                        .distinct()
                        .toList();
        if (!toRead.isEmpty()) {
            connector.readByIds(objectType, toRead, fields).forEach(r -> records.put(r.id(), r));
        }
        items.stream()
                .filter(Records::usesSnapshot)
                .forEach(i -> records.put(i.recordId(), i.snapshot()));
        return records;
    }

    private static boolean usesSnapshot(WorkItem item) {
        return item.snapshot() != null && item.attempts() == 0;
    }

    /** A name an admin recognises: first and last name, or the email; a company's name. */
    static String label(CrmRecord record) {
        Map<String, Object> f = record.fields();
        String company = first(f, "Name", "name");
        if (company == null) {
            company = first(f, "dealname", "dealname");
        }
        if (company != null) {
            return company;
        }
        String name =
                Stream.of(first(f, "FirstName", "firstname"), first(f, "LastName", "lastname"))
                        .filter(Objects::nonNull)
                        .collect(Collectors.joining(" "));
        if (!name.isBlank()) {
            return name;
        }
        Object email = first(f, "Email", "email");
        return email == null ? record.id() : email.toString();
    }

    private static String first(Map<String, Object> fields, String a, String b) {
        Object value = fields.get(a) != null ? fields.get(a) : fields.get(b);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    /** The email that matches records across the CRMs: trimmed, lower case; null when blank. */
    static String email(CrmRecord record, String field) {
        Object email = record.fields().get(field);
        if (email == null || email.toString().isBlank()) {
            return null;
        }
        return email.toString().trim().toLowerCase(java.util.Locale.ROOT);
    }
}
