package io.crmsync.sandbox.hubspot;

import io.crmsync.sandbox.SandboxAutoConfiguration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * Custom object schemas: each becomes an object type {@code 2-N} served by the same object, batch
 * and search endpoints as the standard types. Stored as documents and registered again at start.
 */
@Component
@DependsOn(SandboxAutoConfiguration.SCHEMA_BEAN)
class Schemas {

    private static final String KIND = "schema";

    private final DocumentStore documents;
    private final ObjectTypes types;
    private final PropertyCatalog catalog;
    private final Portal portal;
    private final Map<String, Map<String, Object>> schemas = new LinkedHashMap<>();

    Schemas(DocumentStore documents, ObjectTypes types, PropertyCatalog catalog, Portal portal) {
        this.documents = documents;
        this.types = types;
        this.catalog = catalog;
        this.portal = portal;
        documents.all(KIND).values().forEach(this::register);
    }

    synchronized List<Map<String, Object>> all() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Map<String, Object> schema : schemas.values()) {
            all.add(render(schema));
        }
        return all;
    }

    synchronized Map<String, Object> find(String key) {
        ObjectType type =
                types.find(key)
                        .filter(ObjectType::isCustom)
                        .orElseThrow(
                                () ->
                                        new HubSpotException(
                                                404,
                                                "OBJECT_NOT_FOUND",
                                                "Unable to find object type " + key));
        return render(schemas.get(type.id()));
    }

    @SuppressWarnings("unchecked")
    synchronized Map<String, Object> create(Map<String, Object> body, long now) {
        String name = Inputs.string(body, "name").toLowerCase(Locale.ROOT);
        if (types.find(name).isPresent()) {
            throw new HubSpotException(
                    409, "OBJECT_ALREADY_EXISTS", "Object type " + name + " already exists");
        }
        Map<String, Object> labels = Inputs.object(body.get("labels"), "labels");
        String typeId = "2-" + (100_001 + schemas.size());
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("id", typeId.substring(2));
        schema.put("objectTypeId", typeId);
        schema.put("name", name);
        schema.put("labels", labels);
        schema.put("primaryDisplayProperty", body.get("primaryDisplayProperty"));
        schema.put("requiredProperties", body.getOrDefault("requiredProperties", List.of()));
        schema.put("searchableProperties", body.getOrDefault("searchableProperties", List.of()));
        schema.put(
                "secondaryDisplayProperties",
                body.getOrDefault("secondaryDisplayProperties", List.of()));
        schema.put("createdAt", Times.iso(now));
        register(schema);
        for (Object item : (List<Object>) body.getOrDefault("properties", List.of())) {
            Map<String, Object> p = Inputs.object(item, "property");
            String type = Inputs.string(p, "type");
            String fieldType =
                    (String)
                            p.getOrDefault(
                                    "fieldType",
                                    switch (type) {
                                        case "number" -> "number";
                                        case "date", "datetime" -> "date";
                                        case "enumeration" -> "select";
                                        case "bool" -> "booleancheckbox";
                                        default -> "text";
                                    });
            catalog.create(
                    typeId,
                    new PropertyDef(
                            Inputs.string(p, "name"),
                            Inputs.string(p, "label"),
                            type,
                            fieldType,
                            name + "_information",
                            "",
                            List.of(),
                            Boolean.TRUE.equals(p.get("hasUniqueValue")),
                            false,
                            false,
                            now));
        }
        documents.put(KIND, typeId, schema);
        return render(schema);
    }

    @SuppressWarnings("unchecked")
    private void register(Map<String, Object> schema) {
        String typeId = (String) schema.get("objectTypeId");
        String name = (String) schema.get("name");
        List<String> searchable =
                (List<String>) schema.getOrDefault("searchableProperties", List.of());
        ObjectType type =
                new ObjectType(
                        name,
                        typeId,
                        name,
                        "hs_createdate",
                        "hs_lastmodifieddate",
                        List.of("hs_createdate", "hs_lastmodifieddate", "hs_object_id"),
                        searchable);
        types.add(type);
        types.alias(fullyQualifiedName(name), type);
        catalog.registerSystem(typeId);
        schemas.put(typeId, schema);
    }

    private String fullyQualifiedName(String name) {
        return "p" + portal.hubId() + "_" + name;
    }

    private Map<String, Object> render(Map<String, Object> schema) {
        Map<String, Object> json = new LinkedHashMap<>(schema);
        String typeId = (String) schema.get("objectTypeId");
        json.put("fullyQualifiedName", fullyQualifiedName((String) schema.get("name")));
        json.put("properties", catalog.all(typeId).stream().map(PropertyDef::toJson).toList());
        json.put("associations", List.of());
        json.put("updatedAt", schema.get("createdAt"));
        json.put("archived", false);
        json.put("metaType", "PORTAL_SPECIFIC");
        return json;
    }
}
