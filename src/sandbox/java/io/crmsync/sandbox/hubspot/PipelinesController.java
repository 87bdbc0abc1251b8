package io.crmsync.sandbox.hubspot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /crm/v3/pipelines/{objectType}}: the deal and ticket pipelines and their stages. */
@RestController
@RequestMapping(HubSpotGateway.ROOT + "/crm/v3/pipelines/{type}")
class PipelinesController {

    private final ObjectTypes types;

    PipelinesController(ObjectTypes types) {
        this.types = types;
    }

    @GetMapping
    ResponseEntity<Map<String, Object>> all(@PathVariable String type) {
        ObjectType objectType = types.require(type);
        boolean tickets = "0-5".equals(objectType.id());
        return Json.response(
                200,
                Map.of(
                        "results",
                        Pipelines.of(objectType).stream()
                                .map(p -> Pipelines.toJson(p, tickets))
                                .toList()));
    }

    @GetMapping("/{pipelineId}")
    ResponseEntity<Map<String, Object>> one(
            @PathVariable String type, @PathVariable String pipelineId) {
        ObjectType objectType = types.require(type);
        return Json.response(
                200, Pipelines.toJson(find(objectType, pipelineId), "0-5".equals(objectType.id())));
    }

    @GetMapping("/{pipelineId}/stages")
    ResponseEntity<Map<String, Object>> stages(
            @PathVariable String type, @PathVariable String pipelineId) {
        ObjectType objectType = types.require(type);
        Pipelines.Pipeline pipeline = find(objectType, pipelineId);
        List<Map<String, Object>> stages = new ArrayList<>();
        for (int i = 0; i < pipeline.stages().size(); i++) {
            stages.add(
                    Pipelines.stageJson(
                            pipeline, pipeline.stages().get(i), i, "0-5".equals(objectType.id())));
        }
        return Json.response(200, Map.of("results", stages));
    }

    private static Pipelines.Pipeline find(ObjectType type, String id) {
        return Pipelines.of(type).stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow(
                        () ->
                                new HubSpotException(
                                        404, "OBJECT_NOT_FOUND", "Unable to find pipeline " + id));
    }
}
