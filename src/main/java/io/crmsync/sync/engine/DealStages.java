package io.crmsync.sync.engine;

import io.crmsync.spi.CrmRecord;
import io.crmsync.sync.settings.SyncSettings;
import org.springframework.stereotype.Component;

/**
 * A deal's stage as the other side has it (PRODUCT.md S16): a Salesforce stage, with the record
 * type, becomes a HubSpot stage with its pipeline; a HubSpot stage becomes a Salesforce stage, and
 * a new opportunity the mapping's record type. A stage without a mapping is an error on its record,
 * whose remedy is to map it.
 */
@Component
class DealStages {

    static final String UNMAPPED = "UNMAPPED_STAGE";

    private final SyncSettings settings;

    DealStages(SyncSettings settings) {
        this.settings = settings;
    }

    /** A deal's stage goes through the stage mapping, with its pipeline. */
    static boolean isStage(MappedField field) {
        return StageMap.DEAL_STAGE.equals(field.property())
                && StageMap.STAGE_NAME.equals(field.salesforceName());
    }

    void fromSalesforce(ValuesBuilder b, MappedField field, CrmRecord record) {
        String stage = text(record.fields().get(StageMap.STAGE_NAME));
        String recordType = text(record.fields().get(StageMap.RECORD_TYPE));
        var mapped = stages().toHubSpot(recordType, stage);
        if (stage != null && mapped.isEmpty()) {
            b.error(
                    unmappedStage(
                            "The Salesforce stage \""
                                    + stage
                                    + "\""
                                    + (recordType == null ? "" : " of record type " + recordType)
                                    + " has no HubSpot deal stage mapped to it. Map it on the"
                                    + " Deals tab, then sync the record again.",
                            stage),
                    StageMap.STAGE_NAME);
            return;
        }
        b.apply(field, field.property(), mapped.map(m -> m.hubSpotStage()).orElse(null));
    }

    void fromHubSpot(ValuesBuilder b, MappedField field, Object value, boolean creating) {
        String stage = text(value);
        var mapped = stages().toSalesforce(stage);
        if (stage != null && mapped.isEmpty()) {
            b.error(
                    unmappedStage(
                            "The HubSpot deal stage \""
                                    + stage
                                    + "\" has no Salesforce stage mapped to it. Map it on the"
                                    + " Deals tab, then sync the record again.",
                            stage),
                    field.property());
            return;
        }
        b.applyConverted(
                field,
                field.salesforceName(),
                value,
                mapped.map(m -> m.salesforceStage()).orElse(null));
        if (creating && mapped.isPresent() && !mapped.get().recordTypeId().isEmpty()) {
            b.extra(StageMap.RECORD_TYPE, mapped.get().recordTypeId());
        }
    }

    StageMap stages() {
        return new StageMap(settings.stageMappings());
    }

    static io.crmsync.convert.ConversionFailure unmappedStage(String message, String stage) {
        return new io.crmsync.convert.ConversionFailure(
                io.crmsync.spi.ErrorType.PICKLIST_VALUES, UNMAPPED, message, null, stage);
    }

    /** A HubSpot deal stage is written with its pipeline: a stage id names one pipeline. */
    RecordValues withPipeline(RecordValues values) {
        Object stage = values.toWrite().get(StageMap.DEAL_STAGE);
        if (stage != null) {
            settings.stageMappings().stream()
                    .filter(m -> m.hubSpotStage().equals(stage.toString()))
                    .findFirst()
                    .ifPresent(m -> values.toWrite().put(StageMap.PIPELINE, m.hubSpotPipeline()));
        }
        return values;
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
