package io.crmsync.sync;

import io.crmsync.convert.ValueTranslation;
import java.util.List;

/**
 * A HubSpot contact property mapped to a Salesforce field. The Salesforce name is the Contact
 * field's; the same mapping applies to the Lead field of the same API name (address fields drop
 * their {@code Mailing} prefix on leads).
 *
 * @param id the stored id; 0 for a mapping not saved yet
 * @param defaultMapping one of the built-in mappings, which can be changed but not deleted
 * @param translations picklist values translated between the two sides
 * @param truncate whether text longer than the target field takes is cut to the field's length
 *     instead of being refused
 * @param defaultValue the Salesforce value written when the HubSpot value is blank or cannot be
 *     written to the Salesforce field; null for none (docs/adr/017-error-remedies.md)
 */
public record FieldMapping(
        long id,
        String hubSpotProperty,
        String salesforceField,
        SyncRule rule,
        boolean defaultMapping,
        List<ValueTranslation> translations,
        boolean truncate,
        String defaultValue) {

    public FieldMapping {
        translations = translations == null ? List.of() : List.copyOf(translations);
        defaultValue = defaultValue == null || defaultValue.isBlank() ? null : defaultValue;
    }

    /** A mapping without truncation or default value. */
    public FieldMapping(
            long id,
            String hubSpotProperty,
            String salesforceField,
            SyncRule rule,
            boolean defaultMapping,
            List<ValueTranslation> translations) {
        this(id, hubSpotProperty, salesforceField, rule, defaultMapping, translations, false, null);
    }

    public FieldMapping withTranslations(List<ValueTranslation> changed) {
        return new FieldMapping(
                id,
                hubSpotProperty,
                salesforceField,
                rule,
                defaultMapping,
                changed,
                truncate,
                defaultValue);
    }

    public FieldMapping withTruncate(boolean changed) {
        return new FieldMapping(
                id,
                hubSpotProperty,
                salesforceField,
                rule,
                defaultMapping,
                translations,
                changed,
                defaultValue);
    }

    public FieldMapping withDefaultValue(String changed) {
        return new FieldMapping(
                id,
                hubSpotProperty,
                salesforceField,
                rule,
                defaultMapping,
                translations,
                truncate,
                changed);
    }
}
