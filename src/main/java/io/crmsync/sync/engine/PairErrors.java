package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.ErrorType;
import io.crmsync.spi.SyncFailure;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/** The sync error a failure leaves on the record it is about, on either side. */
final class PairErrors {

    private PairErrors() {}

    /**
     * @param sourceField finds the source's own name for a field the other side named, or null
     */
    static RecordError of(
            ExternalSystem from,
            PairItem p,
            SyncFailure failure,
            BiFunction<String, String, String> sourceField) {
        String field = failure.fields().isEmpty() ? null : failure.fields().getFirst();
        Object value = null;
        if (p.record != null && field != null) {
            value = valueOf(p.record, field);
            String salesforceType = p.salesforceType(from);
            if (value == null && from == ExternalSystem.HUBSPOT && salesforceType != null) {
                String property = sourceField.apply(salesforceType, field);
                value = property == null ? null : p.record.fields().get(property);
            }
        }
        return new RecordError(
                from,
                p.item.objectType(),
                p.sourceId(),
                p.hubSpotId(from),
                p.salesforceType(from),
                p.salesforceId(from),
                p.record == null ? null : Records.label(p.record),
                failure.type() == null ? ErrorType.CONNECTION : failure.type(),
                failure.code(),
                failure.message(),
                field,
                Failures.groupValue(failure, value));
    }

    /** HubSpot names the property ({@code email}); the record has the field ({@code Email}). */
    private static Object valueOf(CrmRecord record, String field) {
        Object value = record.fields().get(field);
        if (value != null) {
            return value;
        }
        return record.fields().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(field))
                .map(Map.Entry::getValue)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
