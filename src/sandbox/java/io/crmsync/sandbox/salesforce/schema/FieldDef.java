package io.crmsync.sandbox.salesforce.schema;

import java.util.List;

/**
 * One field of a simulated sObject: what describe reports and what validation enforces.
 *
 * @param picklistValues active values of a picklist or combobox, in order
 * @param referenceTo target objects of a reference field (several for a polymorphic one)
 */
public record FieldDef(
        String name,
        String label,
        FieldType type,
        int length,
        boolean nillable,
        boolean createable,
        boolean updateable,
        boolean defaultedOnCreate,
        boolean externalId,
        boolean unique,
        boolean calculated,
        List<String> picklistValues,
        boolean restrictedPicklist,
        List<String> referenceTo,
        String relationshipName,
        String defaultValue) {

    /** Required on create, as Salesforce defines it. */
    public boolean required() {
        return createable && !nillable && !defaultedOnCreate;
    }

    public boolean custom() {
        return name.endsWith("__c");
    }

    public FieldDef withPicklist(List<String> values, boolean restricted) {
        return new FieldDef(
                name,
                label,
                type,
                length,
                nillable,
                createable,
                updateable,
                defaultedOnCreate,
                externalId,
                unique,
                calculated,
                values,
                restricted,
                referenceTo,
                relationshipName,
                defaultValue);
    }

    public FieldDef readOnly() {
        return new FieldDef(
                name,
                label,
                type,
                length,
                nillable,
                false,
                false,
                defaultedOnCreate,
                externalId,
                unique,
                calculated,
                picklistValues,
                restrictedPicklist,
                referenceTo,
                relationshipName,
                defaultValue);
    }
}
