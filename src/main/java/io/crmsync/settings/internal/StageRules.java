package io.crmsync.settings.internal;

import io.crmsync.settings.StageChoices;
import io.crmsync.settings.StageChoices.Outcome;
import io.crmsync.settings.StageMappingRejected;
import io.crmsync.settings.StageMappingRejected.Field;
import io.crmsync.spi.Pipeline;
import io.crmsync.spi.Stage;
import io.crmsync.sync.StageMapping;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The checks a stage mapping must pass before it is stored (PRODUCT.md S16). */
public final class StageRules {

    private StageRules() {}

    /** The mapping as stored, or a {@link StageMappingRejected} naming the field at fault. */
    public static StageMapping check(StageMapping m, List<StageMapping> all, StageChoices choices) {
        String stageName = trim(m.salesforceStage());
        if (stageName.isEmpty()) {
            throw new StageMappingRejected(Field.SALESFORCE_STAGE, "Choose a Salesforce stage.");
        }
        if (trim(m.hubSpotPipeline()).isEmpty() || trim(m.hubSpotStage()).isEmpty()) {
            throw new StageMappingRejected(
                    Field.HUBSPOT_STAGE, "Choose a HubSpot pipeline and stage.");
        }
        Pipeline recordType =
                choices.recordType(m.recordTypeId())
                        .orElseThrow(
                                () ->
                                        new StageMappingRejected(
                                                Field.RECORD_TYPE,
                                                "Salesforce has no active opportunity record type "
                                                        + m.recordTypeId()
                                                        + "."));
        Stage salesforce =
                find(recordType, stageName)
                        .orElseThrow(
                                () ->
                                        new StageMappingRejected(
                                                Field.SALESFORCE_STAGE,
                                                stageName
                                                        + " is not a stage of "
                                                        + recordType.label()
                                                        + " in Salesforce."));
        Pipeline pipeline =
                choices.pipeline(m.hubSpotPipeline().strip())
                        .orElseThrow(
                                () ->
                                        new StageMappingRejected(
                                                Field.HUBSPOT_STAGE,
                                                "HubSpot has no deal pipeline "
                                                        + m.hubSpotPipeline()
                                                        + "."));
        Stage hubSpot =
                pipeline.stages().stream()
                        .filter(s -> s.id().equals(m.hubSpotStage().strip()))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new StageMappingRejected(
                                                Field.HUBSPOT_STAGE,
                                                m.hubSpotStage()
                                                        + " is not a stage of the "
                                                        + pipeline.label()
                                                        + " pipeline in HubSpot."));
        Outcome sf = StageChoices.outcome(salesforce);
        Outcome hs = StageChoices.outcome(hubSpot);
        if (sf != hs) {
            throw new StageMappingRejected(
                    Field.HUBSPOT_STAGE,
                    salesforce.label()
                            + " is "
                            + sf.words()
                            + " in Salesforce, and "
                            + hubSpot.label()
                            + " is "
                            + hs.words()
                            + " in HubSpot: a stage maps to a stage of the same outcome.");
        }
        for (StageMapping other : all) {
            if (other.id() != m.id()
                    && other.recordTypeId().equals(m.recordTypeId())
                    && other.salesforceStage().equalsIgnoreCase(salesforce.id())) {
                throw new StageMappingRejected(
                        Field.SALESFORCE_STAGE,
                        salesforce.label()
                                + " is mapped already, to "
                                + other.hubSpotPipeline()
                                + " / "
                                + other.hubSpotStage()
                                + ". A stage maps once per record type.");
            }
        }
        return new StageMapping(
                m.id(), m.recordTypeId(), salesforce.id(), pipeline.id(), hubSpot.id());
    }

    private static java.util.Optional<Stage> find(Pipeline recordType, String name) {
        return recordType.stages().stream()
                .filter(s -> s.id().equalsIgnoreCase(name) || s.label().equalsIgnoreCase(name))
                .findFirst();
    }

    public static String target(StageMapping m) {
        return "Deal stage "
                + m.salesforceStage()
                + (m.recordTypeId().isEmpty() ? "" : " (" + m.recordTypeId() + ")");
    }

    public static Map<String, Object> state(StageMapping m) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("Record type", m.recordTypeId().isEmpty() ? "Every" : m.recordTypeId());
        described.put("Salesforce stage", m.salesforceStage());
        described.put("HubSpot pipeline", m.hubSpotPipeline());
        described.put("HubSpot stage", m.hubSpotStage());
        return described;
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
