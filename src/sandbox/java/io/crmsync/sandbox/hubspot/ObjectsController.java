package io.crmsync.sandbox.hubspot;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /crm/v3/objects/{type}}: list, read, create, update, archive and merge. */
@RestController
@RequestMapping(HubSpotGateway.ROOT + "/crm/v3/objects/{type}")
class ObjectsController {

    private final ObjectTypes types;
    private final ObjectStore store;
    private final ObjectService service;
    private final Lookup lookup;
    private final ObjectJson json;
    private final InputAssociations inputAssociations;

    ObjectsController(
            ObjectTypes types,
            ObjectStore store,
            ObjectService service,
            Lookup lookup,
            ObjectJson json,
            InputAssociations inputAssociations) {
        this.types = types;
        this.store = store;
        this.service = service;
        this.lookup = lookup;
        this.json = json;
        this.inputAssociations = inputAssociations;
    }

    @GetMapping
    ResponseEntity<Map<String, Object>> list(
            @PathVariable String type,
            @RequestParam(defaultValue = "10") int limit,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) List<String> properties,
            @RequestParam(required = false) List<String> associations,
            @RequestParam(defaultValue = "false") boolean archived,
            HttpServletRequest request) {
        ObjectType objectType = types.require(type);
        if (limit < 1 || limit > 100) {
            throw HubSpotException.badRequest("limit must be between 1 and 100, got " + limit);
        }
        long from = Paging.afterId(after);
        List<Map<String, Object>> results = new ArrayList<>();
        HsObject last = null;
        boolean more = false;
        for (HsObject object : store.records(objectType.id()).tailMap(from, true).values()) {
            if (object.archived() != archived) {
                continue;
            }
            if (results.size() == limit) {
                more = true;
                break;
            }
            Map<String, Object> item = json.selected(objectType, object, properties);
            json.addAssociations(item, objectType, object, associations);
            results.add(item);
            last = object;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("results", results);
        if (more) {
            String next = String.valueOf(last.id() + 1);
            body.put("paging", Paging.next(next, request, limit));
        }
        return Json.response(200, body);
    }

    @GetMapping("/{id}")
    ResponseEntity<Map<String, Object>> read(
            @PathVariable String type,
            @PathVariable String id,
            @RequestParam(required = false) List<String> properties,
            @RequestParam(required = false) List<String> associations,
            @RequestParam(defaultValue = "false") boolean archived,
            @RequestParam(required = false) String idProperty) {
        ObjectType objectType = types.require(type);
        HsObject object = lookup.find(objectType, id, idProperty, archived);
        if (object == null) {
            throw HubSpotException.notFound(id);
        }
        Map<String, Object> item = json.selected(objectType, object, properties);
        json.addAssociations(item, objectType, object, associations);
        return Json.response(200, item);
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(
            @PathVariable String type,
            @RequestBody Map<String, Object> body,
            HttpServletRequest request) {
        ObjectType objectType = types.require(type);
        List<Associations.Link> links =
                inputAssociations.parse(objectType, -1, body.get("associations"));
        HsObject created = service.create(objectType, Inputs.properties(body), Caller.of(request));
        inputAssociations.add(links, created.id());
        return Json.response(201, json.full(objectType, created));
    }

    @PatchMapping("/{id}")
    ResponseEntity<Map<String, Object>> update(
            @PathVariable String type,
            @PathVariable String id,
            @RequestParam(required = false) String idProperty,
            @RequestBody Map<String, Object> body,
            HttpServletRequest request) {
        ObjectType objectType = types.require(type);
        HsObject current = lookup.require(objectType, id, idProperty);
        HsObject updated =
                service.update(objectType, current, Inputs.properties(body), Caller.of(request));
        return Json.response(200, json.full(objectType, updated));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> archive(
            @PathVariable String type, @PathVariable String id, HttpServletRequest request) {
        ObjectType objectType = types.require(type);
        HsObject current = lookup.find(objectType, id, null, false);
        if (current != null) {
            service.archive(objectType, current, Caller.of(request));
        }
        return ResponseEntity.noContent().build();
    }

    /** GDPR delete: the record is archived and its values other than the id are erased. */
    @PostMapping("/gdpr-delete")
    ResponseEntity<Void> gdprDelete(
            @PathVariable String type,
            @RequestBody Map<String, Object> body,
            HttpServletRequest request) {
        ObjectType objectType = types.require(type);
        HsObject current =
                lookup.require(
                        objectType,
                        Inputs.string(body, "objectId"),
                        (String) body.get("idProperty"));
        service.erase(objectType, current, Caller.of(request));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/merge")
    ResponseEntity<Map<String, Object>> merge(
            @PathVariable String type,
            @RequestBody Map<String, Object> body,
            HttpServletRequest request) {
        ObjectType objectType = types.require(type);
        HsObject primary = lookup.require(objectType, Inputs.string(body, "primaryObjectId"), null);
        HsObject merged = lookup.require(objectType, Inputs.string(body, "objectIdToMerge"), null);
        HsObject result = service.merge(objectType, primary, merged, Caller.of(request));
        return Json.response(200, json.full(objectType, result));
    }
}
