package io.crmsync.sandbox.salesforce.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One stored record. Values are kept as they go over the wire: strings (dates and datetimes in the
 * API's formats), booleans and numbers, keyed by the fields' API names. Instances are replaced,
 * never changed, once saved.
 *
 * @param lastClient the {@code Sforce-Call-Options} client of the last write, or null for a
 *     person's edit
 */
public record SfRecord(String id, String type, Map<String, Object> values, String lastClient) {

    public SfRecord {
        values = new LinkedHashMap<>(values);
    }

    /** The {@code attributes} object of a record in a response: type, then url. */
    public static Map<String, Object> attributes(String type, String url) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("type", type);
        attributes.put("url", url);
        return attributes;
    }

    public Object get(String field) {
        return values.get(field);
    }

    public boolean deleted() {
        return Boolean.TRUE.equals(values.get("IsDeleted"));
    }

    public String systemModstamp() {
        return (String) values.get("SystemModstamp");
    }

    /** A copy with some values changed. */
    public SfRecord with(Map<String, Object> changes, String client) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.putAll(changes);
        return new SfRecord(id, type, copy, client);
    }
}
