package io.crmsync.sync.engine;

import io.crmsync.connection.Connectors;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.FieldSchema;
import io.crmsync.sync.RecordQuery;
import io.crmsync.sync.SyncObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * How Salesforce associates a record with the records of another synced object: the lookups an
 * admin can set between the two objects (a contact's {@code AccountId}, read from the contact or
 * queried from the account), and the junction objects between them (an opportunity's contact
 * roles). The describes say which lookups there are, so an object added to a pair needs no code
 * here unless a junction ties it.
 */
@Component
class SalesforceRelations {

    /** A record associated, and its name when it was read with it. */
    record Related(String type, String id, String label) {}

    private static final List<Junction> JUNCTIONS =
            List.of(
                    new Junction(
                            LifecycleSync.CONTACT_ROLE,
                            "OpportunityId",
                            PairSchema.OPPORTUNITY,
                            "ContactId",
                            PairSchema.CONTACT));

    private final Connectors connectors;
    private final PairSchema schema;
    private final RecordLabels labels;

    SalesforceRelations(Connectors connectors, PairSchema schema, RecordLabels labels) {
        this.connectors = connectors;
        this.schema = schema;
        this.labels = labels;
    }

    /** The lookups of a Salesforce object to the objects of other pairs, to read with a record. */
    List<String> lookupFields(String salesforceType) {
        SyncObject own = SyncObject.ofSalesforceType(salesforceType);
        List<String> fields = new ArrayList<>();
        for (SyncObject other : SyncObject.values()) {
            if (other != own) {
                lookups(salesforceType, other.salesforceTypes()).forEach(f -> fields.add(f.name()));
            }
        }
        return fields;
    }

    /**
     * The other object's records associated with the record, read with its {@link #lookupFields}:
     * those it looks up or a junction ties it to (named later), and those that look it up (read
     * now, with their names).
     */
    List<Related> of(SyncObject other, CrmRecord record) {
        List<Related> found = new ArrayList<>();
        for (FieldSchema lookup : lookups(record.objectType(), other.salesforceTypes())) {
            Object value = record.fields().get(lookup.name());
            String id = value == null || value.toString().isBlank() ? null : value.toString();
            String type = id == null ? null : typeOf(id, lookup, other);
            if (type != null) {
                found.add(new Related(type, id, null));
            }
        }
        for (Junction junction : JUNCTIONS) {
            junction.toward(record.objectType(), other.salesforceTypes())
                    .ifPresent(j -> found.addAll(through(j, record.id())));
        }
        for (String type : other.salesforceTypes()) {
            for (FieldSchema lookup : lookups(type, List.of(record.objectType()))) {
                connectors
                        .salesforce()
                        .readByKey(
                                type,
                                lookup.name(),
                                List.of(record.id()),
                                labels.salesforceFields(type))
                        .forEach(r -> found.add(new Related(type, r.id(), RecordLabels.of(r))));
            }
        }
        return found;
    }

    private List<Related> through(Direction junction, String id) {
        List<Related> found = new ArrayList<>();
        for (CrmRecord row :
                connectors
                        .salesforce()
                        .readByKey(
                                junction.type(),
                                junction.fromField(),
                                List.of(id),
                                List.of(junction.toField()))) {
            Object other = row.fields().get(junction.toField());
            if (other != null && !other.toString().isBlank()) {
                found.add(new Related(junction.toType(), other.toString(), null));
            }
        }
        return found;
    }

    /** The fields of a Salesforce object that an admin sets to a record of one of the types. */
    private List<FieldSchema> lookups(String salesforceType, List<String> targets) {
        return schema.salesforce(salesforceType).fields().stream()
                .filter(FieldSchema::updateable)
                .filter(f -> f.referenceTo() != null)
                .filter(f -> f.referenceTo().stream().anyMatch(targets::contains))
                .toList();
    }

    private static String typeOf(String id, FieldSchema lookup, SyncObject other) {
        List<String> types =
                lookup.referenceTo().stream().filter(other.salesforceTypes()::contains).toList();
        if (types.size() == 1) {
            return types.getFirst();
        }
        return RecordQuery.salesforceTypeOf(id).filter(types::contains).orElse(null);
    }

    /** A Salesforce object whose records tie a record of one type to a record of another. */
    private record Junction(
            String type, String field, String fieldType, String other, String otherType) {

        /** This junction read from a record of {@code from} to records of one of {@code to}. */
        Optional<Direction> toward(String from, List<String> to) {
            if (fieldType.equals(from) && to.contains(otherType)) {
                return Optional.of(new Direction(type, field, other, otherType));
            }
            if (otherType.equals(from) && to.contains(fieldType)) {
                return Optional.of(new Direction(type, other, field, fieldType));
            }
            return Optional.empty();
        }
    }

    private record Direction(String type, String fromField, String toField, String toType) {}
}
