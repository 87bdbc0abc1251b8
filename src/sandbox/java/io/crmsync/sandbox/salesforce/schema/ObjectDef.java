package io.crmsync.sandbox.salesforce.schema;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One simulated sObject type. Field look-ups ignore case, as SOQL and the REST API do. A setup
 * object ({@link #setup()}) is the org's configuration, such as its record types: the data API only
 * reads it.
 */
public final class ObjectDef {

    private final String name;
    private final String label;
    private final String labelPlural;
    private final String keyPrefix;
    private final boolean setup;
    private final Map<String, FieldDef> fields = new LinkedHashMap<>();
    private final Map<String, FieldDef> byRelationship = new LinkedHashMap<>();

    public ObjectDef(
            String name,
            String label,
            String labelPlural,
            String keyPrefix,
            Collection<FieldDef> fieldDefs) {
        this(name, label, labelPlural, keyPrefix, fieldDefs, false);
    }

    public ObjectDef(
            String name,
            String label,
            String labelPlural,
            String keyPrefix,
            Collection<FieldDef> fieldDefs,
            boolean setup) {
        this.name = name;
        this.setup = setup;
        this.label = label;
        this.labelPlural = labelPlural;
        this.keyPrefix = keyPrefix;
        for (FieldDef field : fieldDefs) {
            fields.put(field.name().toLowerCase(Locale.ROOT), field);
            if (field.relationshipName() != null) {
                byRelationship.put(field.relationshipName().toLowerCase(Locale.ROOT), field);
            }
        }
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    public String labelPlural() {
        return labelPlural;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public boolean custom() {
        return name.endsWith("__c");
    }

    /** Org configuration that the API reads and never writes, with no recycle bin. */
    public boolean setup() {
        return setup;
    }

    public Collection<FieldDef> fields() {
        return fields.values();
    }

    public Optional<FieldDef> field(String fieldName) {
        return Optional.ofNullable(fields.get(fieldName.toLowerCase(Locale.ROOT)));
    }

    /** The reference field behind a relationship name such as {@code Account} or {@code Owner}. */
    public Optional<FieldDef> relationship(String relationshipName) {
        return Optional.ofNullable(byRelationship.get(relationshipName.toLowerCase(Locale.ROOT)));
    }
}
