package io.crmsync.sandbox.hubspot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /crm/v4/objects/{from}/{id}/associations/...}: one record's associations. */
@RestController
@RequestMapping(HubSpotGateway.ROOT + "/crm/v4/objects/{from}/{fromId}/associations")
class AssociationsController {

    private final AssociationSupport support;
    private final SandboxClock clock;

    AssociationsController(AssociationSupport support, SandboxClock clock) {
        this.support = support;
        this.clock = clock;
    }

    @GetMapping("/{to}")
    ResponseEntity<Map<String, Object>> list(
            @PathVariable String from,
            @PathVariable String fromId,
            @RequestParam(defaultValue = "500") int limit,
            @RequestParam(required = false) String after,
            @PathVariable String to) {
        ObjectType fromType = support.type(from);
        ObjectType toType = support.type(to);
        long id = support.existing(fromType, fromId);
        NavigableMap<Long, Set<Associations.Kind>> targets =
                support.associations()
                        .of(fromType.id(), id, toType.id())
                        .tailMap(Paging.afterId(after), true);
        List<Map<String, Object>> results = new ArrayList<>();
        Long next = null;
        for (var entry : targets.entrySet()) {
            if (results.size() == Math.min(Math.max(limit, 1), 500)) {
                next = entry.getKey();
                break;
            }
            results.add(AssociationJson.target(entry.getKey(), entry.getValue()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("results", results);
        if (next != null) {
            body.put("paging", Map.of("next", Map.of("after", String.valueOf(next))));
        }
        return Json.response(200, body);
    }

    @PutMapping("/{to}/{toId}")
    ResponseEntity<Map<String, Object>> create(
            @PathVariable String from,
            @PathVariable String fromId,
            @PathVariable String to,
            @PathVariable String toId,
            @RequestBody List<Map<String, Object>> specs) {
        ObjectType fromType = support.type(from);
        ObjectType toType = support.type(to);
        long a = support.existing(fromType, fromId);
        long b = support.existing(toType, toId);
        List<Associations.Kind> kinds = support.kinds(specs);
        support.associations()
                .add(
                        kinds.stream()
                                .map(
                                        k ->
                                                new Associations.Link(
                                                        fromType.id(), a, toType.id(), b, k))
                                .toList());
        return Json.response(201, AssociationJson.created(fromType, a, toType, b, kinds));
    }

    @PutMapping("/default/{to}/{toId}")
    ResponseEntity<Map<String, Object>> createDefault(
            @PathVariable String from,
            @PathVariable String fromId,
            @PathVariable String to,
            @PathVariable String toId) {
        ObjectType fromType = support.type(from);
        ObjectType toType = support.type(to);
        long a = support.existing(fromType, fromId);
        long b = support.existing(toType, toId);
        Associations.Kind kind = support.defaultKind(fromType, toType);
        support.associations()
                .add(List.of(new Associations.Link(fromType.id(), a, toType.id(), b, kind)));
        BatchResult result = new BatchResult(clock.millis());
        result.result(AssociationSupport.defaultResult(a, b, kind));
        return result.response(200, clock.millis());
    }

    @DeleteMapping("/{to}/{toId}")
    ResponseEntity<Void> archive(
            @PathVariable String from,
            @PathVariable String fromId,
            @PathVariable String to,
            @PathVariable String toId) {
        ObjectType fromType = support.type(from);
        ObjectType toType = support.type(to);
        support.associations()
                .removeAll(
                        fromType.id(),
                        support.existing(fromType, fromId),
                        toType.id(),
                        support.existing(toType, toId));
        return ResponseEntity.noContent().build();
    }
}
