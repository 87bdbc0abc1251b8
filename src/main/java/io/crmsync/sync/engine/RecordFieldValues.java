package io.crmsync.sync.engine;

import io.crmsync.convert.ValueConverter;
import io.crmsync.spi.CrmRecord;
import io.crmsync.sync.RecordField;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * A record's mapped fields side by side, as read just now: each side's value, owners by name, and
 * whether they differ for a reason the mapping does not give.
 */
@Component
class RecordFieldValues {

    private final CounterpartStates values;
    private final Owners owners;

    RecordFieldValues(CounterpartStates values, Owners owners) {
        this.values = values;
        this.owners = owners;
    }

    List<RecordField> compare(
            String salesforceType,
            List<MappedField> mapped,
            CrmRecord hubSpot,
            CrmRecord salesforce) {
        Map<String, FieldState> salesforceInHubSpotTerms =
                salesforce == null
                        ? Map.of()
                        : values.ofSalesforce(salesforceType, mapped, salesforce);
        return mapped.stream()
                .map(m -> field(m, hubSpot, salesforce, salesforceInHubSpotTerms.get(m.property())))
                .toList();
    }

    private RecordField field(
            MappedField m, CrmRecord hubSpot, CrmRecord salesforce, FieldState converted) {
        String left = value(hubSpot, m.property());
        String right = value(salesforce, m.salesforceName());
        boolean differs =
                hubSpot != null
                        && salesforce != null
                        && !FieldDifferences.same(left, right)
                        && (converted == null
                                || !Objects.equals(
                                        ValueConverter.canonical(left),
                                        converted.salesforceValue()));
        String remedy = differs ? FieldDifferences.remedy(m.mapping(), left, right) : null;
        boolean owner = Owners.isOwner(m);
        return new RecordField(
                m.property(),
                m.salesforceName(),
                m.mapping().rule(),
                owner ? owners.person(true, left) : left,
                owner ? owners.person(false, right) : right,
                differs && remedy == null,
                remedy);
    }

    private static String value(CrmRecord record, String field) {
        if (record == null) {
            return null;
        }
        Object value = record.fields().get(field);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
