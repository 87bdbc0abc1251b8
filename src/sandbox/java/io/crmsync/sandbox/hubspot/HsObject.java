package io.crmsync.sandbox.hubspot;

import java.util.Map;

/**
 * One stored CRM record; immutable, replaced as a whole on every change.
 *
 * @param properties every stored property value as the API shows it (strings)
 * @param archivedAt epoch ms of the archiving, or null while the record is live
 */
record HsObject(
        String typeId,
        long id,
        Map<String, String> properties,
        long createdAt,
        long updatedAt,
        Long archivedAt) {

    HsObject {
        properties = Map.copyOf(properties);
    }

    boolean archived() {
        return archivedAt != null;
    }

    String get(String property) {
        return properties.get(property);
    }

    /** Whether the property holds a value; an empty string counts as none. */
    boolean has(String property) {
        String value = properties.get(property);
        return value != null && !value.isEmpty();
    }
}
