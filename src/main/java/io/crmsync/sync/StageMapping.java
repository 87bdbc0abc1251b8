package io.crmsync.sync;

/**
 * A Salesforce opportunity stage mapped to a HubSpot deal pipeline and stage (PRODUCT.md S16). A
 * Salesforce stage maps once per record type; a HubSpot stage may take several Salesforce stages,
 * and going back to Salesforce it takes the first of them.
 *
 * @param id the stored id; 0 for a mapping not saved yet
 * @param recordTypeId the opportunity record type it applies to; empty for every record type that
 *     has no mapping of its own (and for orgs without record types)
 * @param salesforceStage the {@code StageName} value
 * @param hubSpotPipeline the deal pipeline's id
 * @param hubSpotStage the deal stage's id ({@code dealstage})
 */
public record StageMapping(
        long id,
        String recordTypeId,
        String salesforceStage,
        String hubSpotPipeline,
        String hubSpotStage) {

    public StageMapping {
        recordTypeId = recordTypeId == null ? "" : recordTypeId.strip();
    }

    public StageMapping withId(long changed) {
        return new StageMapping(
                changed, recordTypeId, salesforceStage, hubSpotPipeline, hubSpotStage);
    }
}
