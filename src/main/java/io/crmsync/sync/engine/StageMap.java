package io.crmsync.sync.engine;

import io.crmsync.sync.StageMapping;
import java.util.List;
import java.util.Optional;

/**
 * The deal stage mappings as the engine reads them (PRODUCT.md S16). A Salesforce stage takes the
 * mapping of its record type, or else the one for every record type; a HubSpot stage takes the
 * first mapping to it, preferring one for every record type.
 */
record StageMap(List<StageMapping> mappings) {

    static final String DEAL_STAGE = "dealstage";
    static final String PIPELINE = "pipeline";
    static final String STAGE_NAME = "StageName";
    static final String RECORD_TYPE = "RecordTypeId";

    Optional<StageMapping> toHubSpot(String recordTypeId, String stageName) {
        if (stageName == null) {
            return Optional.empty();
        }
        String recordType = recordTypeId == null ? "" : recordTypeId;
        Optional<StageMapping> own =
                mappings.stream()
                        .filter(m -> !recordType.isEmpty() && sameRecordType(m, recordType))
                        .filter(m -> m.salesforceStage().equalsIgnoreCase(stageName))
                        .findFirst();
        return own.or(
                () ->
                        mappings.stream()
                                .filter(m -> m.recordTypeId().isEmpty())
                                .filter(m -> m.salesforceStage().equalsIgnoreCase(stageName))
                                .findFirst());
    }

    Optional<StageMapping> toSalesforce(String hubSpotStage) {
        if (hubSpotStage == null) {
            return Optional.empty();
        }
        List<StageMapping> to =
                mappings.stream().filter(m -> m.hubSpotStage().equals(hubSpotStage)).toList();
        return to.stream()
                .filter(m -> m.recordTypeId().isEmpty())
                .findFirst()
                .or(() -> to.stream().findFirst());
    }

    /** Record type ids compare on their first 15 characters: an 18-character id adds a suffix. */
    private static boolean sameRecordType(StageMapping m, String recordType) {
        String a = m.recordTypeId();
        String b = recordType;
        return a.length() >= 15
                && b.length() >= 15
                && a.substring(0, 15).equals(b.substring(0, 15));
    }
}
