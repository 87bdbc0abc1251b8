package io.crmsync.sandbox.hubspot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /crm/v3/properties/{objectType}}: list, read and create properties; property groups. */
@RestController
@RequestMapping(HubSpotGateway.ROOT + "/crm/v3/properties/{type}")
class PropertiesController {

    private static final Set<String> TYPES =
            Set.of("string", "number", "date", "datetime", "enumeration", "bool");

    private final ObjectTypes types;
    private final PropertyCatalog catalog;
    private final SandboxClock clock;

    PropertiesController(ObjectTypes types, PropertyCatalog catalog, SandboxClock clock) {
        this.types = types;
        this.catalog = catalog;
        this.clock = clock;
    }

    @GetMapping
    ResponseEntity<Map<String, Object>> list(@PathVariable String type) {
        ObjectType objectType = types.require(type);
        List<Map<String, Object>> results =
                catalog.all(objectType.id()).stream()
                        .sorted(java.util.Comparator.comparing(PropertyDef::name))
                        .map(PropertyDef::toJson)
                        .toList();
        return Json.response(200, Map.of("results", results));
    }

    @GetMapping("/groups")
    ResponseEntity<Map<String, Object>> groups(@PathVariable String type) {
        return Json.response(200, Map.of("results", catalog.groups(types.require(type).id())));
    }

    @GetMapping("/{name}")
    ResponseEntity<Map<String, Object>> read(@PathVariable String type, @PathVariable String name) {
        ObjectType objectType = types.require(type);
        PropertyDef def =
                catalog.find(objectType.id(), name)
                        .orElseThrow(
                                () ->
                                        new HubSpotException(
                                                404,
                                                "OBJECT_NOT_FOUND",
                                                "Unable to find property "
                                                        + name
                                                        + " on object type "
                                                        + objectType
                                                                .singular()
                                                                .toUpperCase(
                                                                        java.util.Locale.ROOT)));
        return Json.response(200, def.toJson());
    }

    @PostMapping
    @SuppressWarnings("unchecked")
    ResponseEntity<Map<String, Object>> create(
            @PathVariable String type, @RequestBody Map<String, Object> body) {
        ObjectType objectType = types.require(type);
        String name = Inputs.string(body, "name");
        String propertyType = Inputs.string(body, "type");
        if (!name.matches("[a-z][a-z0-9_]*") || !TYPES.contains(propertyType)) {
            throw HubSpotException.badRequest(
                    "Invalid property definition: name must be lower case"
                            + " letters, digits and underscores, and type one of "
                            + TYPES);
        }
        if (catalog.find(objectType.id(), name).isPresent()) {
            throw new HubSpotException(
                    409, "OBJECT_ALREADY_EXISTS", "Property named '" + name + "' already exists.");
        }
        List<PropertyDef.Option> options = new ArrayList<>();
        if (body.get("options") instanceof List<?> list) {
            for (Object item : list) {
                Map<String, Object> option = Inputs.object(item, "option");
                options.add(
                        new PropertyDef.Option(
                                Inputs.string(option, "label"),
                                Inputs.string(option, "value"),
                                options.size()));
            }
        }
        PropertyDef def =
                new PropertyDef(
                        name,
                        Inputs.string(body, "label"),
                        propertyType,
                        Inputs.string(body, "fieldType"),
                        Inputs.string(body, "groupName"),
                        String.valueOf(body.getOrDefault("description", "")),
                        options,
                        Boolean.TRUE.equals(body.get("hasUniqueValue")),
                        false,
                        false,
                        clock.millis());
        return Json.response(201, catalog.create(objectType.id(), def).toJson());
    }

    @org.springframework.web.bind.annotation.PatchMapping("/{name}")
    ResponseEntity<Map<String, Object>> update(
            @PathVariable String type,
            @PathVariable String name,
            @RequestBody Map<String, Object> body) {
        ObjectType objectType = types.require(type);
        PropertyDef def =
                catalog.find(objectType.id(), name)
                        .orElseThrow(
                                () ->
                                        new HubSpotException(
                                                404,
                                                "OBJECT_NOT_FOUND",
                                                "Unable to find property " + name));
        if (def.hubspotDefined()) {
            throw HubSpotException.badRequest(
                    "Property "
                            + name
                            + " is a HubSpot-defined property; its definition is read-only.");
        }
        List<PropertyDef.Option> options = def.options();
        if (body.get("options") instanceof List<?> list) {
            options = new ArrayList<>();
            for (Object item : list) {
                Map<String, Object> option = Inputs.object(item, "option");
                options.add(
                        new PropertyDef.Option(
                                Inputs.string(option, "label"),
                                Inputs.string(option, "value"),
                                options.size()));
            }
        }
        PropertyDef updated =
                new PropertyDef(
                        name,
                        String.valueOf(body.getOrDefault("label", def.label())),
                        def.type(),
                        String.valueOf(body.getOrDefault("fieldType", def.fieldType())),
                        String.valueOf(body.getOrDefault("groupName", def.groupName())),
                        String.valueOf(body.getOrDefault("description", def.description())),
                        options,
                        def.hasUniqueValue(),
                        false,
                        false,
                        def.createdAt());
        return Json.response(200, catalog.create(objectType.id(), updated).toJson());
    }
}
