package io.crmsync.sandbox.hubspot;

import io.crmsync.sandbox.SandboxAutoConfiguration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/** The property definitions of every object type: HubSpot's standard ones plus created ones. */
@Component
@DependsOn(SandboxAutoConfiguration.SCHEMA_BEAN)
class PropertyCatalog {

    private static final String KIND = "property";

    private final DocumentStore documents;
    private final Map<String, Map<String, PropertyDef>> byType = new ConcurrentHashMap<>();

    PropertyCatalog(DocumentStore documents) {
        this.documents = documents;
        StandardProperties.all().forEach((typeId, defs) -> defs.forEach(d -> register(typeId, d)));
        documents
                .all(KIND)
                .forEach(
                        (key, doc) ->
                                register(
                                        key.substring(0, key.indexOf('/')),
                                        Json.MAPPER.convertValue(doc, PropertyDef.class)));
    }

    Optional<PropertyDef> find(String typeId, String name) {
        return Optional.ofNullable(definitions(typeId).get(name));
    }

    Collection<PropertyDef> all(String typeId) {
        return definitions(typeId).values();
    }

    /** Adds the system properties every custom object has, in memory only (they are implied). */
    void registerSystem(String typeId) {
        StandardProperties.customObjectSystem().forEach(d -> register(typeId, d));
    }

    /** Adds a property; the caller has checked that the name is free. */
    PropertyDef create(String typeId, PropertyDef definition) {
        register(typeId, definition);
        documents.put(KIND, typeId + "/" + definition.name(), definition);
        return definition;
    }

    /** The property groups of a type, derived from its properties' group names. */
    List<Map<String, Object>> groups(String typeId) {
        List<Map<String, Object>> groups = new ArrayList<>();
        definitions(typeId).values().stream()
                .map(PropertyDef::groupName)
                .distinct()
                .sorted()
                .forEach(
                        name -> {
                            Map<String, Object> group = new LinkedHashMap<>();
                            group.put("name", name);
                            group.put(
                                    "label",
                                    Character.toUpperCase(name.charAt(0)) + name.substring(1));
                            group.put("displayOrder", groups.size());
                            group.put("archived", false);
                            groups.add(group);
                        });
        return groups;
    }

    private Map<String, PropertyDef> definitions(String typeId) {
        return byType.computeIfAbsent(typeId, t -> new ConcurrentHashMap<>());
    }

    private void register(String typeId, PropertyDef definition) {
        definitions(typeId).put(definition.name(), definition);
    }
}
