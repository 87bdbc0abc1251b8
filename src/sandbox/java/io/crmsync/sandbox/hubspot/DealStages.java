package io.crmsync.sandbox.hubspot;

import java.util.List;
import java.util.Map;

/**
 * A deal's stage must be a stage of its pipeline, and its pipeline one of the portal's; a deal
 * without a pipeline is in the default one. Checked when a write sets either property.
 */
final class DealStages {

    private DealStages() {}

    /** Throws HubSpot's INVALID_OPTION 400 for a pipeline or stage the deal cannot have. */
    static void check(
            ObjectType type,
            Map<String, String> values,
            HsObject current,
            PropertyValidator validator) {
        if (!"0-3".equals(type.id())
                || (!values.containsKey("pipeline") && !values.containsKey("dealstage"))) {
            return;
        }
        String pipelineId =
                firstSet(
                        values.get("pipeline"),
                        current == null ? null : current.get("pipeline"),
                        Pipelines.DEALS.id());
        Pipelines.Pipeline pipeline =
                Pipelines.dealPipeline(pipelineId)
                        .orElseThrow(
                                () ->
                                        validator.invalidOption(
                                                "pipeline",
                                                pipelineId,
                                                Pipelines.DEAL_PIPELINES.stream()
                                                        .map(
                                                                p ->
                                                                        new PropertyDef.Option(
                                                                                p.label(),
                                                                                p.id(),
                                                                                p.displayOrder()))
                                                        .toList()));
        String stage =
                firstSet(
                        values.get("dealstage"), current == null ? null : current.get("dealstage"));
        if (stage != null && pipeline.stage(stage).isEmpty()) {
            throw validator.invalidOption("dealstage", stage, options(pipeline));
        }
    }

    private static List<PropertyDef.Option> options(Pipelines.Pipeline pipeline) {
        List<Pipelines.Stage> stages = pipeline.stages();
        return stages.stream()
                .map(s -> new PropertyDef.Option(s.label(), s.id(), stages.indexOf(s)))
                .toList();
    }

    private static String firstSet(String... values) {
        for (String value : values) {
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return null;
    }
}
