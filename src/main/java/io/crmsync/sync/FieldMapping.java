package io.crmsync.sync;

import java.util.List;

/**
 * A HubSpot contact property mapped to a Salesforce field. The Salesforce name is the Contact
 * field's; the same mapping applies to the Lead field of the same API name (address fields drop
 * their {@code Mailing} prefix on leads).
 *
 * @param id the stored id; 0 for a mapping not saved yet
 * @param defaultMapping one of the built-in mappings, which can be changed but not deleted
 * @param translations picklist values translated between the two sides
 */
public record FieldMapping(
        long id,
        String hubSpotProperty,
        String salesforceField,
        SyncRule rule,
        boolean defaultMapping,
        List<ValueTranslation> translations) {

    public FieldMapping {
        translations = translations == null ? List.of() : List.copyOf(translations);
    }
}
