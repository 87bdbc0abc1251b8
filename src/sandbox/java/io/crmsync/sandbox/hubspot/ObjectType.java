package io.crmsync.sandbox.hubspot;

import java.util.List;

/**
 * One CRM object type as the API names it.
 *
 * @param name the path name ({@code contacts}, or a custom object's name)
 * @param id the objectTypeId ({@code 0-1}, {@code 2-123456})
 * @param singular the singular used in webhook subscription types and messages
 * @param createdProperty {@code createdate} or {@code hs_createdate}
 * @param modifiedProperty {@code lastmodifieddate} or {@code hs_lastmodifieddate}
 * @param defaultProperties the properties returned when a request names none
 * @param searchable the properties the search {@code query} looks at
 */
record ObjectType(
        String name,
        String id,
        String singular,
        String createdProperty,
        String modifiedProperty,
        List<String> defaultProperties,
        List<String> searchable) {

    boolean isContact() {
        return "0-1".equals(id);
    }

    boolean isCustom() {
        return id.startsWith("2-");
    }

    boolean isEngagement() {
        return List.of("0-27", "0-46", "0-47", "0-48", "0-49").contains(id);
    }
}
