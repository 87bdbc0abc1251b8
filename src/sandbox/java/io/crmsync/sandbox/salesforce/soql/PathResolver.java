package io.crmsync.sandbox.salesforce.soql;

import io.crmsync.sandbox.salesforce.schema.FieldDef;
import io.crmsync.sandbox.salesforce.schema.ObjectDef;
import io.crmsync.sandbox.salesforce.schema.SchemaCatalog;
import io.crmsync.sandbox.salesforce.soql.SoqlQuery.Path;
import io.crmsync.sandbox.salesforce.store.RecordStore;
import io.crmsync.sandbox.salesforce.store.SfRecord;
import java.util.List;
import java.util.Map;

/** Resolves field paths such as {@code Account.Owner.Name} against the schema and the records. */
final class PathResolver {

    private final String soql;
    private final SchemaCatalog catalog;
    private final RecordStore store;

    PathResolver(String soql, SchemaCatalog catalog, RecordStore store) {
        this.soql = soql;
        this.catalog = catalog;
        this.store = store;
    }

    /** The field a path ends at; INVALID_FIELD when a part does not exist. */
    FieldDef field(ObjectDef def, Path path) {
        ObjectDef current = def;
        List<String> parts = unqualified(def, path.parts());
        for (int i = 0; i < parts.size() - 1; i++) {
            FieldDef reference = current.relationship(parts.get(i)).orElse(null);
            if (reference == null) {
                throw SoqlException.at(
                        "INVALID_FIELD",
                        soql,
                        path.position(),
                        "Didn't understand relationship '"
                                + parts.get(i)
                                + "' in field path. If"
                                + " you are attempting to use a custom relationship, be sure to"
                                + " append the '__r' after the custom relationship name. Please"
                                + " reference your WSDL or the describe call for the appropriate"
                                + " names.");
            }
            current = catalog.object(reference.referenceTo().getFirst()).orElseThrow();
        }
        String name = parts.getLast();
        ObjectDef owner = current;
        return current.field(name)
                .orElseThrow(
                        () ->
                                SoqlException.at(
                                        "INVALID_FIELD",
                                        soql,
                                        path.position(),
                                        "No such column '"
                                                + name
                                                + "' on entity '"
                                                + owner.name()
                                                + "'. If you are attempting to use a custom field,"
                                                + " be sure to append the '__c' after the custom"
                                                + " field name. Please reference your WSDL or the"
                                                + " describe call for the appropriate names."));
    }

    Object value(ObjectDef def, SfRecord record, List<String> path) {
        List<String> parts = unqualified(def, path);
        if (parts.size() == 1) {
            return def.field(parts.getFirst()).map(f -> record.get(f.name())).orElse(null);
        }
        SfRecord parent = parent(def, record, parts.getFirst());
        if (parent == null) {
            return null;
        }
        return value(
                catalog.object(parent.type()).orElseThrow(),
                parent,
                parts.subList(1, parts.size()));
    }

    /** Puts a selected path into a result row, nesting parent records as the API does. */
    @SuppressWarnings("unchecked")
    void put(
            Map<String, Object> row,
            ObjectDef def,
            SfRecord record,
            List<String> path,
            String version) {
        List<String> parts = unqualified(def, path);
        if (parts.size() == 1) {
            FieldDef field = def.field(parts.getFirst()).orElseThrow();
            row.put(field.name(), record.get(field.name()));
            return;
        }
        FieldDef reference = def.relationship(parts.getFirst()).orElseThrow();
        SfRecord parent = parent(def, record, parts.getFirst());
        if (parent == null) {
            row.put(reference.relationshipName(), null);
            return;
        }
        Object existing = row.get(reference.relationshipName());
        Map<String, Object> nested =
                existing instanceof Map<?, ?> map
                        ? (Map<String, Object>) map
                        : QueryEngine.attributes(parent, version);
        row.put(reference.relationshipName(), nested);
        put(
                nested,
                catalog.object(parent.type()).orElseThrow(),
                parent,
                parts.subList(1, parts.size()),
                version);
    }

    /** {@code Contact.FirstName} in a query on Contact means {@code FirstName}. */
    static List<String> unqualified(ObjectDef def, List<String> parts) {
        return parts.size() > 1
                        && parts.getFirst().equalsIgnoreCase(def.name())
                        && def.relationship(parts.getFirst()).isEmpty()
                ? parts.subList(1, parts.size())
                : parts;
    }

    private SfRecord parent(ObjectDef def, SfRecord record, String relationship) {
        FieldDef reference = def.relationship(relationship).orElseThrow();
        Object id = record.get(reference.name());
        return id == null ? null : store.get(id.toString()).orElse(null);
    }
}
