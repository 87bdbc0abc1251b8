package io.crmsync.sandbox.hubspot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /crm/v4/associations/{from}/{to}/...}: batch create, default, read, archive; labels. */
@RestController
@RequestMapping(HubSpotGateway.ROOT + "/crm/v4/associations/{from}/{to}")
class AssociationsBatchController {

    private final AssociationSupport support;
    private final SandboxClock clock;

    AssociationsBatchController(AssociationSupport support, SandboxClock clock) {
        this.support = support;
        this.clock = clock;
    }

    @GetMapping("/labels")
    ResponseEntity<Map<String, Object>> labels(@PathVariable String from, @PathVariable String to) {
        ObjectType a = support.type(from);
        ObjectType b = support.type(to);
        List<Map<String, Object>> results = new ArrayList<>();
        Integer unlabeled = AssociationTypes.defaultType(a.id(), b.id());
        Integer primary = AssociationTypes.primaryType(a.id(), b.id());
        if (primary != null) {
            results.add(label(primary, "Primary"));
        }
        if (unlabeled != null) {
            results.add(label(unlabeled, null));
        }
        return Json.response(200, Map.of("results", results));
    }

    @PostMapping("/batch/create")
    @SuppressWarnings("unchecked")
    ResponseEntity<Map<String, Object>> create(
            @PathVariable String from,
            @PathVariable String to,
            @RequestBody Map<String, Object> body) {
        ObjectType a = support.type(from);
        ObjectType b = support.type(to);
        BatchResult result = new BatchResult(clock.millis());
        List<Associations.Link> links = new ArrayList<>();
        for (Map<String, Object> input : Inputs.inputs(body, 2000)) {
            String fromId = Inputs.string(Inputs.object(input.get("from"), "from"), "id");
            String toId = Inputs.string(Inputs.object(input.get("to"), "to"), "id");
            if (!support.exists(a, fromId) || !support.exists(b, toId)) {
                result.error(
                        HubSpotException.notFound(support.exists(a, fromId) ? toId : fromId),
                        Map.of("fromId", List.of(fromId), "toId", List.of(toId)));
                continue;
            }
            List<Associations.Kind> kinds =
                    support.kinds((List<Object>) input.getOrDefault("types", List.of()));
            long x = Long.parseLong(fromId);
            long y = Long.parseLong(toId);
            kinds.forEach(k -> links.add(new Associations.Link(a.id(), x, b.id(), y, k)));
            result.result(AssociationJson.created(a, x, b, y, kinds));
        }
        support.associations().add(links);
        return result.response(201, clock.millis());
    }

    @PostMapping("/batch/associate/default")
    ResponseEntity<Map<String, Object>> associateDefault(
            @PathVariable String from,
            @PathVariable String to,
            @RequestBody Map<String, Object> body) {
        ObjectType a = support.type(from);
        ObjectType b = support.type(to);
        Associations.Kind kind = support.defaultKind(a, b);
        BatchResult result = new BatchResult(clock.millis());
        List<Associations.Link> links = new ArrayList<>();
        for (Map<String, Object> input : Inputs.inputs(body, 2000)) {
            long x =
                    support.existing(
                            a, Inputs.string(Inputs.object(input.get("from"), "from"), "id"));
            long y = support.existing(b, Inputs.string(Inputs.object(input.get("to"), "to"), "id"));
            links.add(new Associations.Link(a.id(), x, b.id(), y, kind));
            result.result(AssociationSupport.defaultResult(x, y, kind));
        }
        support.associations().add(links);
        return result.response(200, clock.millis());
    }

    @PostMapping("/batch/read")
    ResponseEntity<Map<String, Object>> read(
            @PathVariable String from,
            @PathVariable String to,
            @RequestBody Map<String, Object> body) {
        ObjectType a = support.type(from);
        ObjectType b = support.type(to);
        BatchResult result = new BatchResult(clock.millis());
        List<String> missing = new ArrayList<>();
        for (Map<String, Object> input : Inputs.inputs(body, 1000)) {
            String id = Inputs.string(input, "id");
            if (!support.exists(a, id)) {
                missing.add(id);
                continue;
            }
            List<Map<String, Object>> targets = new ArrayList<>();
            support.associations()
                    .of(a.id(), Long.parseLong(id), b.id())
                    .forEach((toId, kinds) -> targets.add(AssociationJson.target(toId, kinds)));
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("from", Map.of("id", id));
            item.put("to", targets);
            result.result(item);
        }
        if (!missing.isEmpty()) {
            result.error(
                    new HubSpotException(
                            404,
                            "OBJECT_NOT_FOUND",
                            "No " + a.singular() + " objects found for the given ids"),
                    Map.of("ids", missing));
        }
        return result.response(200, clock.millis());
    }

    @PostMapping("/batch/labels/archive")
    @SuppressWarnings("unchecked")
    ResponseEntity<Void> archiveLabels(
            @PathVariable String from,
            @PathVariable String to,
            @RequestBody Map<String, Object> body) {
        ObjectType a = support.type(from);
        ObjectType b = support.type(to);
        List<Associations.Link> links = new ArrayList<>();
        for (Map<String, Object> input : Inputs.inputs(body, 2000)) {
            long x =
                    support.existing(
                            a, Inputs.string(Inputs.object(input.get("from"), "from"), "id"));
            long y = support.existing(b, Inputs.string(Inputs.object(input.get("to"), "to"), "id"));
            for (Associations.Kind kind :
                    support.kinds((List<Object>) input.getOrDefault("types", List.of()))) {
                links.add(new Associations.Link(a.id(), x, b.id(), y, kind));
            }
        }
        support.associations().removeLinks(links);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/batch/archive")
    ResponseEntity<Void> archive(
            @PathVariable String from,
            @PathVariable String to,
            @RequestBody Map<String, Object> body) {
        ObjectType a = support.type(from);
        ObjectType b = support.type(to);
        for (Map<String, Object> input : Inputs.inputs(body, 2000)) {
            String fromId = Inputs.string(Inputs.object(input.get("from"), "from"), "id");
            if (!(input.get("to") instanceof List<?> targets) || !support.exists(a, fromId)) {
                continue;
            }
            for (Object target : targets) {
                String toId = Inputs.string(Inputs.object(target, "to"), "id");
                if (support.exists(b, toId)) {
                    support.associations()
                            .removeAll(
                                    a.id(), Long.parseLong(fromId), b.id(), Long.parseLong(toId));
                }
            }
        }
        return ResponseEntity.noContent().build();
    }

    private static Map<String, Object> label(int typeId, String label) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("category", "HUBSPOT_DEFINED");
        json.put("typeId", typeId);
        json.put("label", label);
        return json;
    }
}
