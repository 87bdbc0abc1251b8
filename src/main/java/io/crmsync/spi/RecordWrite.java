package io.crmsync.spi;

import java.util.Map;

/**
 * One record to write.
 *
 * @param reference the caller's key for this input, echoed in its {@link WriteResult}
 * @param id the CRM id, for updates and deletes
 * @param externalIdField the field an upsert matches on, such as {@code email} or {@code
 *     HubSpot_Id__c}
 * @param fields the values to write, by CRM field name; a null value empties the field
 */
public record RecordWrite(
        String reference, String id, String externalIdField, Map<String, Object> fields) {}
