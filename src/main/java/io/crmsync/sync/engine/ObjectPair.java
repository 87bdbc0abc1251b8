package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import java.util.List;

/**
 * One object pair, declared rather than coded (ADR 033): its types on each side, the link kind that
 * ties their records, the matching keys, the stamps that name a record's counterpart, its order
 * among pairs and the pairs it depends on, and the small rules that are its own. {@link
 * PairPipeline} syncs every pair in both directions with the same steps.
 *
 * @param kind the link kind in {@code sync_link}
 * @param hubSpotKey the HubSpot property that matches records (an upsert's {@code idProperty})
 * @param salesforceKey the Salesforce field that matches records
 * @param hubSpotStamp the unique HubSpot property holding the Salesforce record's id
 * @param salesforceStamp the Salesforce external id field holding the HubSpot record's id
 * @param order pairs sync in this order; a pair's associations need the pairs before it
 * @param dependsOn the kinds of the pairs whose links this pair's associations use
 */
record ObjectPair(
        String kind,
        String hubSpotType,
        List<String> salesforceTypes,
        String hubSpotKey,
        String salesforceKey,
        String hubSpotStamp,
        String salesforceStamp,
        int order,
        List<String> dependsOn,
        PairRules rules) {

    /** The matching key on one side. */
    String key(ExternalSystem side) {
        return side == ExternalSystem.HUBSPOT ? hubSpotKey : salesforceKey;
    }

    /** The stamp a record of one side carries: the id of its counterpart on the other. */
    String stamp(ExternalSystem side) {
        return side == ExternalSystem.HUBSPOT ? hubSpotStamp : salesforceStamp;
    }

    boolean has(ExternalSystem source, String objectType) {
        return source == ExternalSystem.HUBSPOT
                ? hubSpotType.equals(objectType)
                : salesforceTypes.contains(objectType);
    }
}
