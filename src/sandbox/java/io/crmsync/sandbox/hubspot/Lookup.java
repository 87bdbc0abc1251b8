package io.crmsync.sandbox.hubspot;

import org.springframework.stereotype.Component;

/**
 * Finds a record by its id or by a unique property ({@code idProperty}), as reads and writes allow.
 */
@Component
class Lookup {

    private final ObjectStore store;
    private final PropertyCatalog catalog;

    Lookup(ObjectStore store, PropertyCatalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    /** The record, live or archived as asked; null when there is none. */
    HsObject find(ObjectType type, String value, String idProperty, boolean archived) {
        HsObject found = find(type, value, idProperty);
        return found != null && found.archived() == archived ? found : null;
    }

    /** The live record, or HubSpot's 404. */
    HsObject require(ObjectType type, String value, String idProperty) {
        HsObject found = find(type, value, idProperty, false);
        if (found == null) {
            throw HubSpotException.notFound(value);
        }
        return found;
    }

    /**
     * Checks that {@code idProperty} may identify records: the id, a contact's email, or unique.
     */
    void checkIdProperty(ObjectType type, String idProperty) {
        if (isId(idProperty) || (type.isContact() && "email".equals(idProperty))) {
            return;
        }
        boolean unique =
                catalog.find(type.id(), idProperty).map(PropertyDef::hasUniqueValue).orElse(false);
        if (!unique) {
            throw HubSpotException.badRequest(
                    "Property \""
                            + idProperty
                            + "\" is not a unique identifier property or does not exist");
        }
    }

    private HsObject find(ObjectType type, String value, String idProperty) {
        if (value == null) {
            return null;
        }
        if (isId(idProperty)) {
            try {
                return store.get(type.id(), Long.parseLong(value.strip()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        checkIdProperty(type, idProperty);
        if (type.isContact() && "email".equals(idProperty)) {
            Long id = store.contactIdByEmail(value);
            return id == null ? null : store.get(type.id(), id);
        }
        return store.all(type.id()).stream()
                .filter(o -> !o.archived() && value.equals(o.get(idProperty)))
                .findFirst()
                .orElse(null);
    }

    private static boolean isId(String idProperty) {
        return idProperty == null || idProperty.isBlank() || "hs_object_id".equals(idProperty);
    }
}
