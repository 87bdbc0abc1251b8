package io.crmsync.sandbox.hubspot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /crm/v3/lists}: create, read, search and delete lists; read and change memberships. */
@RestController
@RequestMapping(HubSpotGateway.ROOT + "/crm/v3/lists")
class ListsController {

    private final Lists lists;
    private final ObjectTypes types;
    private final SandboxClock clock;

    ListsController(Lists lists, ObjectTypes types, SandboxClock clock) {
        this.lists = lists;
        this.types = types;
        this.clock = clock;
    }

    @PostMapping({"", "/"})
    @SuppressWarnings("unchecked")
    ResponseEntity<Map<String, Object>> create(@RequestBody Map<String, Object> body) {
        String processingType = Inputs.string(body, "processingType");
        String objectTypeId = types.require(Inputs.string(body, "objectTypeId")).id();
        Map<String, Object> filter = null;
        if ("DYNAMIC".equals(processingType)) {
            filter = Inputs.object(body.get("filterBranch"), "filterBranch");
            ListFilter.check(filter);
        } else if (!List.of("MANUAL", "SNAPSHOT").contains(processingType)) {
            throw HubSpotException.badRequest("processingType must be MANUAL, DYNAMIC or SNAPSHOT");
        }
        var list =
                lists.create(
                        Inputs.string(body, "name"),
                        objectTypeId,
                        processingType,
                        filter,
                        clock.millis());
        return Json.response(200, Map.of("list", render(list)));
    }

    @GetMapping({"", "/"})
    ResponseEntity<Map<String, Object>> byIds(@RequestParam(required = false) List<Long> listIds) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (Long id : listIds == null ? List.<Long>of() : listIds) {
            lists.find(id).ifPresent(l -> found.add(render(l)));
        }
        return Json.response(200, Map.of("lists", found));
    }

    @GetMapping("/{listId}")
    ResponseEntity<Map<String, Object>> read(@PathVariable long listId) {
        return Json.response(200, Map.of("list", render(require(listId))));
    }

    @GetMapping("/object-type-id/{objectTypeId}/name/{name}")
    ResponseEntity<Map<String, Object>> byName(
            @PathVariable String objectTypeId, @PathVariable String name) {
        var list =
                lists.findByName(types.require(objectTypeId).id(), name)
                        .orElseThrow(() -> HubSpotException.notFound(name));
        return Json.response(200, Map.of("list", render(list)));
    }

    @PostMapping("/search")
    @SuppressWarnings("unchecked")
    ResponseEntity<Map<String, Object>> search(@RequestBody Map<String, Object> body) {
        String query = String.valueOf(body.getOrDefault("query", "")).toLowerCase(Locale.ROOT);
        List<String> processingTypes =
                (List<String>) body.getOrDefault("processingTypes", List.of());
        int offset = ((Number) body.getOrDefault("offset", 0)).intValue();
        int count = ((Number) body.getOrDefault("count", 20)).intValue();
        List<Map<String, Object>> matches =
                lists.all().stream()
                        .filter(l -> l.name().toLowerCase(Locale.ROOT).contains(query))
                        .filter(
                                l ->
                                        processingTypes.isEmpty()
                                                || processingTypes.contains(l.processingType()))
                        .map(this::render)
                        .toList();
        int end = Math.min(matches.size(), offset + count);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("lists", offset >= end ? List.of() : matches.subList(offset, end));
        response.put("hasMore", end < matches.size());
        response.put("offset", end);
        response.put("total", matches.size());
        return Json.response(200, response);
    }

    @DeleteMapping("/{listId}")
    ResponseEntity<Void> delete(@PathVariable long listId) {
        lists.delete(require(listId).listId());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{listId}/memberships")
    ResponseEntity<Map<String, Object>> members(
            @PathVariable long listId,
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(required = false) String after) {
        Map<Long, Long> members = lists.members(require(listId));
        long from = Paging.afterId(after);
        List<Map<String, Object>> results = new ArrayList<>();
        Long next = null;
        for (var entry : members.entrySet()) {
            if (entry.getKey() < from) {
                continue;
            }
            if (results.size() == Math.min(Math.max(limit, 1), 250)) {
                next = entry.getKey();
                break;
            }
            results.add(
                    Map.of(
                            "recordId",
                            String.valueOf(entry.getKey()),
                            "membershipTimestamp",
                            Times.iso(entry.getValue())));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("results", results);
        if (next != null) {
            body.put("paging", Map.of("next", Map.of("after", String.valueOf(next))));
        }
        body.put("total", members.size());
        return Json.response(200, body);
    }

    @PutMapping("/{listId}/memberships/add")
    ResponseEntity<Map<String, Object>> add(
            @PathVariable long listId, @RequestBody List<String> ids) {
        return Json.response(200, lists.change(require(listId), ids, List.of(), clock.millis()));
    }

    @PutMapping("/{listId}/memberships/remove")
    ResponseEntity<Map<String, Object>> remove(
            @PathVariable long listId, @RequestBody List<String> ids) {
        return Json.response(200, lists.change(require(listId), List.of(), ids, clock.millis()));
    }

    @PutMapping("/{listId}/memberships/add-and-remove")
    @SuppressWarnings("unchecked")
    ResponseEntity<Map<String, Object>> addAndRemove(
            @PathVariable long listId, @RequestBody Map<String, Object> body) {
        return Json.response(
                200,
                lists.change(
                        require(listId),
                        (List<String>) body.getOrDefault("recordIdsToAdd", List.of()),
                        (List<String>) body.getOrDefault("recordIdsToRemove", List.of()),
                        clock.millis()));
    }

    @DeleteMapping("/{listId}/memberships")
    ResponseEntity<Void> clear(@PathVariable long listId) {
        lists.clear(require(listId), clock.millis());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/records/{objectTypeId}/{recordId}/memberships")
    ResponseEntity<Map<String, Object>> recordMemberships(
            @PathVariable String objectTypeId, @PathVariable long recordId) {
        String typeId = types.require(objectTypeId).id();
        List<Map<String, Object>> results = new ArrayList<>();
        for (var list : lists.all()) {
            Long at = list.objectTypeId().equals(typeId) ? lists.members(list).get(recordId) : null;
            if (at != null) {
                results.add(
                        Map.of(
                                "listId",
                                String.valueOf(list.listId()),
                                "listVersion",
                                list.listVersion(),
                                "firstAddedTimestamp",
                                Times.iso(at),
                                "lastAddedTimestamp",
                                Times.iso(at)));
            }
        }
        return Json.response(200, Map.of("results", results, "total", results.size()));
    }

    private Lists.HsList require(long listId) {
        return lists.find(listId)
                .orElseThrow(
                        () ->
                                new HubSpotException(
                                        404,
                                        "OBJECT_NOT_FOUND",
                                        "List " + listId + " does not exist."));
    }

    private Map<String, Object> render(Lists.HsList list) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("listId", String.valueOf(list.listId()));
        json.put("listVersion", list.listVersion());
        json.put("name", list.name());
        json.put("objectTypeId", list.objectTypeId());
        json.put("processingType", list.processingType());
        json.put("processingStatus", "COMPLETE");
        json.put("createdAt", Times.iso(list.createdAt()));
        json.put("updatedAt", Times.iso(list.updatedAt()));
        json.put("filtersUpdatedAt", Times.iso(list.createdAt()));
        json.put("size", lists.members(list).size());
        if (list.filterBranch() != null) {
            json.put("filterBranch", list.filterBranch());
        }
        return json;
    }
}
