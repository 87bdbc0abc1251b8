package io.crmsync.spi;

/** A CRM whose objects can be given new properties, such as HubSpot. */
public interface PropertyCapable {

    /**
     * Creates a text property whose values are unique, so that it can identify records in an
     * upsert, unless the object already has a property of that name. Returns whether it created
     * one.
     */
    boolean ensureUniqueProperty(String objectType, String name, String label);
}
