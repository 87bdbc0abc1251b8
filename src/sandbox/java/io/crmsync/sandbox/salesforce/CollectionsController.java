package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.schema.ObjectDef;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** sObject Collections: create, update, upsert, delete and retrieve up to 200 records per call. */
@RestController("salesforceCollectionsController")
class CollectionsController {

    private static final String PATH = SalesforcePaths.DATA + "/composite/sobjects";

    private final ApiSupport api;
    private final CollectionWrites writes;

    CollectionsController(ApiSupport api, CollectionWrites writes) {
        this.api = api;
        this.writes = writes;
    }

    @PostMapping({PATH, PATH + "/"})
    ResponseEntity<Object> create(@RequestBody CollectionRequest body, HttpServletRequest request) {
        return ApiSupport.json(200, writes.write(body, null, api.context(request), true));
    }

    @PatchMapping({PATH, PATH + "/"})
    ResponseEntity<Object> update(@RequestBody CollectionRequest body, HttpServletRequest request) {
        return ApiSupport.json(200, writes.write(body, null, api.context(request), false));
    }

    @PatchMapping(PATH + "/{type}/{field}")
    ResponseEntity<Object> upsert(
            @PathVariable String type,
            @PathVariable String field,
            @RequestBody CollectionRequest body,
            HttpServletRequest request) {
        ObjectDef def = api.object(type);
        return ApiSupport.json(
                200,
                writes.write(
                        body,
                        new CollectionWrites.UpsertKey(def, field),
                        api.context(request),
                        false));
    }

    @DeleteMapping({PATH, PATH + "/"})
    ResponseEntity<Object> delete(
            @RequestParam String ids,
            @RequestParam(defaultValue = "false") boolean allOrNone,
            HttpServletRequest request) {
        return ApiSupport.json(
                200, writes.delete(Arrays.asList(ids.split(",")), allOrNone, api.context(request)));
    }

    @GetMapping(PATH + "/{type}")
    ResponseEntity<Object> retrieve(
            @PathVariable String version,
            @PathVariable String type,
            @RequestParam String ids,
            @RequestParam(required = false) String fields) {
        return retrieve(
                version,
                type,
                Arrays.asList(ids.split(",")),
                fields == null ? null : Arrays.asList(fields.split(",")));
    }

    @PostMapping(PATH + "/{type}")
    ResponseEntity<Object> retrievePost(
            @PathVariable String version,
            @PathVariable String type,
            @RequestBody Map<String, List<String>> body) {
        return retrieve(version, type, body.getOrDefault("ids", List.of()), body.get("fields"));
    }

    private ResponseEntity<Object> retrieve(
            String version, String type, List<String> ids, List<String> fields) {
        ObjectDef def = api.object(type);
        if (ids.size() > 2000) {
            throw SfApiException.badRequest(
                    "EXCEEDED_ID_LIMIT", "too many ids: cannot retrieve more than 2000 records");
        }
        List<Object> records = new ArrayList<>();
        for (String id : ids) {
            records.add(
                    api.find(id.strip())
                            .filter(r -> r.type().equals(def.name()))
                            .filter(r -> !r.deleted())
                            .map(r -> (Object) ApiSupport.render(def, r, fields, version))
                            .orElse(null));
        }
        return ApiSupport.json(200, records);
    }

    /** The body of a collection write. */
    record CollectionRequest(Boolean allOrNone, List<Map<String, Object>> records) {
        boolean atomic() {
            return Boolean.TRUE.equals(allOrNone);
        }
    }
}
