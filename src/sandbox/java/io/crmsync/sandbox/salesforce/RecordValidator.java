package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.schema.FieldDef;
import io.crmsync.sandbox.salesforce.schema.FieldType;
import io.crmsync.sandbox.salesforce.schema.ObjectDef;
import io.crmsync.sandbox.salesforce.schema.SchemaCatalog;
import io.crmsync.sandbox.salesforce.store.RecordStore;
import io.crmsync.sandbox.salesforce.store.SalesforceIds;
import io.crmsync.sandbox.salesforce.store.SfRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The field-level checks Salesforce makes on every save: required, length, picklist, email,
 * lookups.
 */
final class RecordValidator {

    private static final Pattern EMAIL =
            Pattern.compile(
                    "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$");

    private RecordValidator() {}

    static List<SfError> check(
            ObjectDef def,
            SchemaCatalog catalog,
            RecordStore store,
            Map<String, Object> values,
            Set<String> changed,
            boolean create) {
        List<SfError> errors = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (FieldDef field : def.fields()) {
            Object value = values.get(field.name());
            boolean touched = create || changed.contains(field.name());
            if (field.required() && touched && (value == null || value.toString().isBlank())) {
                missing.add(field.name());
            }
            if (value != null && changed.contains(field.name())) {
                checkValue(field, value, catalog, store, errors);
            }
        }
        if (!missing.isEmpty()) {
            errors.addFirst(
                    new SfError(
                            "REQUIRED_FIELD_MISSING",
                            "Required fields are missing: " + missing,
                            missing));
        }
        return errors;
    }

    private static void checkValue(
            FieldDef field,
            Object value,
            SchemaCatalog catalog,
            RecordStore store,
            List<SfError> errors) {
        String text = value.toString();
        if (field.type().isText() && field.length() > 0 && text.length() > field.length()) {
            errors.add(
                    SfError.of(
                            "STRING_TOO_LONG",
                            field.label()
                                    + ": data value too large: "
                                    + text
                                    + " (max length="
                                    + field.length()
                                    + ")",
                            field.name()));
        }
        if (field.type() == FieldType.PICKLIST
                && field.restrictedPicklist()
                && !field.picklistValues().contains(text)) {
            errors.add(
                    SfError.of(
                            "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                            field.label() + ": bad value for restricted picklist field: " + text,
                            field.name()));
        }
        if (field.type() == FieldType.EMAIL && !text.isEmpty() && !EMAIL.matcher(text).matches()) {
            errors.add(
                    SfError.of(
                            "INVALID_EMAIL_ADDRESS",
                            field.label() + ": invalid email address: " + text,
                            field.name()));
        }
        if (field.type() == FieldType.REFERENCE) {
            checkReference(field, text, catalog, store, errors);
        }
    }

    private static void checkReference(
            FieldDef field,
            String text,
            SchemaCatalog catalog,
            RecordStore store,
            List<SfError> errors) {
        String id = SalesforceIds.normalize(text).orElse(null);
        boolean rightType =
                id != null
                        && catalog.byKeyPrefix(id.substring(0, 3))
                                .filter(target -> field.referenceTo().contains(target.name()))
                                .isPresent();
        if (!rightType) {
            errors.add(
                    SfError.of(
                            "FIELD_INTEGRITY_EXCEPTION",
                            field.label() + ": id value of incorrect type: " + text,
                            field.name()));
            return;
        }
        if (field.name().equals("RecordTypeId")) {
            // The master record type is no row; SalesProcessRules knows the object's record types.
            return;
        }
        SfRecord target = store.get(id).orElse(null);
        if (target == null) {
            errors.add(
                    SfError.of(
                            "INVALID_CROSS_REFERENCE_KEY",
                            "invalid cross reference id",
                            field.name()));
        } else if (target.deleted()) {
            errors.add(SfError.of("ENTITY_IS_DELETED", "entity is deleted", field.name()));
        }
    }
}
