package io.crmsync.sandbox.salesforce.schema;

import java.util.List;

/** Short-hands for declaring the standard objects' fields. */
final class Fields {

    private Fields() {}

    static FieldDef of(String name, String label, FieldType type, int length) {
        return new FieldDef(
                name, label, type, length, true, true, true, false, false, false, false, List.of(),
                false, List.of(), null, null);
    }

    static FieldDef text(String name, String label, int length) {
        return of(name, label, FieldType.STRING, length);
    }

    static FieldDef required(FieldDef field) {
        return new FieldDef(
                field.name(),
                field.label(),
                field.type(),
                field.length(),
                false,
                field.createable(),
                field.updateable(),
                false,
                field.externalId(),
                field.unique(),
                field.calculated(),
                field.picklistValues(),
                field.restrictedPicklist(),
                field.referenceTo(),
                field.relationshipName(),
                field.defaultValue());
    }

    /** Not nillable but filled by the platform when the caller leaves it out. */
    static FieldDef defaulted(FieldDef field, String defaultValue) {
        return new FieldDef(
                field.name(),
                field.label(),
                field.type(),
                field.length(),
                false,
                field.createable(),
                field.updateable(),
                true,
                field.externalId(),
                field.unique(),
                field.calculated(),
                field.picklistValues(),
                field.restrictedPicklist(),
                field.referenceTo(),
                field.relationshipName(),
                defaultValue);
    }

    static FieldDef picklist(String name, String label, boolean restricted, String... values) {
        return of(name, label, FieldType.PICKLIST, 255).withPicklist(List.of(values), restricted);
    }

    static FieldDef ref(String name, String label, String relationshipName, String... targets) {
        return new FieldDef(
                name,
                label,
                FieldType.REFERENCE,
                18,
                true,
                true,
                true,
                false,
                false,
                false,
                false,
                List.of(),
                false,
                List.of(targets),
                relationshipName,
                null);
    }

    static FieldDef externalId(String name, String label) {
        return new FieldDef(
                name,
                label,
                FieldType.STRING,
                255,
                true,
                true,
                true,
                false,
                true,
                true,
                false,
                List.of(),
                false,
                List.of(),
                null,
                null);
    }

    static FieldDef derived(String name, String label, FieldType type, int length) {
        boolean bool = type == FieldType.BOOLEAN;
        return new FieldDef(
                name,
                label,
                type,
                length,
                !bool,
                false,
                false,
                bool,
                false,
                false,
                false,
                List.of(),
                false,
                List.of(),
                null,
                bool ? "false" : null);
    }

    static FieldDef flag(String name, String label) {
        return new FieldDef(
                name,
                label,
                FieldType.BOOLEAN,
                0,
                false,
                true,
                true,
                true,
                false,
                false,
                false,
                List.of(),
                false,
                List.of(),
                null,
                "false");
    }

    /** Id, owner and audit fields that every standard object carries. */
    static List<FieldDef> system(String label, boolean owned) {
        FieldDef owner =
                new FieldDef(
                        "OwnerId",
                        "Owner ID",
                        FieldType.REFERENCE,
                        18,
                        false,
                        true,
                        true,
                        true,
                        false,
                        false,
                        false,
                        List.of(),
                        false,
                        List.of("User"),
                        "Owner",
                        null);
        var fields = new java.util.ArrayList<FieldDef>();
        fields.add(
                new FieldDef(
                        "Id",
                        label + " ID",
                        FieldType.ID,
                        18,
                        false,
                        false,
                        false,
                        true,
                        false,
                        false,
                        false,
                        List.of(),
                        false,
                        List.of(),
                        null,
                        null));
        fields.add(derived("IsDeleted", "Deleted", FieldType.BOOLEAN, 0));
        if (owned) {
            fields.add(owner);
        }
        fields.add(audit("CreatedDate", "Created Date", FieldType.DATETIME, 0, null));
        fields.add(audit("CreatedById", "Created By ID", FieldType.REFERENCE, 18, "CreatedBy"));
        fields.add(audit("LastModifiedDate", "Last Modified Date", FieldType.DATETIME, 0, null));
        fields.add(
                audit(
                        "LastModifiedById",
                        "Last Modified By ID",
                        FieldType.REFERENCE,
                        18,
                        "LastModifiedBy"));
        fields.add(audit("SystemModstamp", "System Modstamp", FieldType.DATETIME, 0, null));
        return fields;
    }

    private static FieldDef audit(
            String name, String label, FieldType type, int length, String relationship) {
        return new FieldDef(
                name,
                label,
                type,
                length,
                false,
                false,
                false,
                true,
                false,
                false,
                false,
                List.of(),
                false,
                relationship == null ? List.of() : List.of("User"),
                relationship,
                null);
    }
}
