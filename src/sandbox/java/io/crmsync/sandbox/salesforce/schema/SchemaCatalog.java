package io.crmsync.sandbox.salesforce.schema;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sObject types the sandbox serves, for one State and Country/Territory Picklists mode. Object
 * names are looked up ignoring case, as the REST API does.
 */
public final class SchemaCatalog {

    private static final Map<StateCountryMode, SchemaCatalog> BY_MODE =
            new EnumMap<>(StateCountryMode.class);

    static {
        for (StateCountryMode mode : StateCountryMode.values()) {
            BY_MODE.put(mode, new SchemaCatalog(mode, StandardObjects.all(mode)));
        }
    }

    private final StateCountryMode mode;
    private final Map<String, ObjectDef> objects = new LinkedHashMap<>();
    private final Map<String, ObjectDef> byPrefix = new LinkedHashMap<>();

    private SchemaCatalog(StateCountryMode mode, List<ObjectDef> defs) {
        this.mode = mode;
        for (ObjectDef def : defs) {
            objects.put(def.name().toLowerCase(Locale.ROOT), def);
            byPrefix.put(def.keyPrefix(), def);
        }
    }

    public static SchemaCatalog of(StateCountryMode mode) {
        return BY_MODE.get(mode);
    }

    public StateCountryMode mode() {
        return mode;
    }

    public List<ObjectDef> objects() {
        return List.copyOf(objects.values());
    }

    public Optional<ObjectDef> object(String name) {
        return Optional.ofNullable(objects.get(name.toLowerCase(Locale.ROOT)));
    }

    /** A child relationship: {@code field} of {@code child} points at the parent. */
    public record ChildRelationship(ObjectDef child, FieldDef field, String name) {}

    /** The relationships through which other objects point at {@code parent}. */
    public List<ChildRelationship> children(ObjectDef parent) {
        List<ChildRelationship> children = new java.util.ArrayList<>();
        for (ObjectDef child : objects.values()) {
            for (FieldDef field : child.fields()) {
                if (field.type() == FieldType.REFERENCE
                        && field.referenceTo().contains(parent.name())
                        && !field.name().endsWith("ById")
                        && field.createable()) {
                    children.add(new ChildRelationship(child, field, childName(child, field)));
                }
            }
        }
        return children;
    }

    public Optional<ChildRelationship> child(ObjectDef parent, String relationshipName) {
        return children(parent).stream()
                .filter(c -> c.name().equalsIgnoreCase(relationshipName))
                .findFirst();
    }

    private static String childName(ObjectDef child, FieldDef field) {
        if (field.name().equals("ParentId")) {
            return "Child" + child.labelPlural().replace(" ", "");
        }
        if (child.custom()) {
            return child.labelPlural().replace(' ', '_') + "__r";
        }
        String plural = child.labelPlural().replace(" ", "");
        return plural.endsWith("s") ? plural : plural + "s";
    }

    public Optional<ObjectDef> byKeyPrefix(String prefix) {
        return Optional.ofNullable(byPrefix.get(prefix));
    }
}
