package io.crmsync.connector.hubspot.internal;

import io.crmsync.spi.Pipeline;
import io.crmsync.spi.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Reads the pipelines of an object type with {@code GET /crm/v3/pipelines/{objectType}}. */
public final class PipelineReader {

    private final HubSpotClient client;

    public PipelineReader(HubSpotClient client) {
        this.client = client;
    }

    public List<Pipeline> pipelines(String objectType) {
        JsonNode answer =
                client.send(
                        ApiRequest.get(
                                "/crm/v3/pipelines/" + objectType,
                                Map.of(),
                                objectType,
                                "pipelines"));
        List<Pipeline> pipelines = new ArrayList<>();
        if (answer != null) {
            for (JsonNode pipeline : answer.path("results")) {
                pipelines.add(
                        new Pipeline(
                                pipeline.path("id").asString(),
                                pipeline.path("label").asString(),
                                stages(pipeline.path("stages"))));
            }
        }
        return pipelines;
    }

    private static List<Stage> stages(JsonNode json) {
        List<Stage> stages = new ArrayList<>();
        for (JsonNode stage : json) {
            Map<String, String> metadata = new LinkedHashMap<>();
            stage.path("metadata").properties().stream()
                    .filter(e -> !e.getValue().isNull())
                    .forEach(e -> metadata.put(e.getKey(), e.getValue().asString()));
            stages.add(
                    new Stage(
                            stage.path("id").asString(),
                            stage.path("label").asString(),
                            stage.path("displayOrder").asInt(),
                            metadata));
        }
        stages.sort(Comparator.comparingInt(Stage::displayOrder));
        return stages;
    }
}
