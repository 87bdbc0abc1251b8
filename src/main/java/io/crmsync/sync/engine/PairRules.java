package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.CrmRecord;
import java.util.List;
import java.util.Map;

/**
 * What is truly one object pair's own, around the steps every pair shares: which changes it syncs,
 * which records it handles itself, what a delete does, the type a new record gets, and the
 * associations it writes before and after the records. Everything else is the pipeline's.
 */
interface PairRules {

    /** The pair's declaration. */
    ObjectPair pair();

    /** Whether a change of this record syncs at all (settings, inclusion lists). */
    boolean syncs(ExternalSystem from, CrmRecord record, Link link);

    /** Handles a change that is the pair's own (a converted lead); true when it did. */
    default boolean handled(ExternalSystem from, PairItem item, BatchOutcome out, Long runId) {
        return false;
    }

    /** Whether a deleted source record deletes its counterpart; otherwise only the link goes. */
    boolean deletesTarget(ExternalSystem from);

    /** The Salesforce type a HubSpot record is created as. */
    String createType(PairItem item);

    /** The Salesforce type of a record id. */
    String salesforceTypeOf(String salesforceId);

    /** Whether a Salesforce record found by key may be linked. */
    default boolean matchable(CrmRecord salesforce) {
        return true;
    }

    /** Whether a record may take a HubSpot record another link holds (a converted lead's). */
    default boolean mayShare(Link holder, String sourceType) {
        return false;
    }

    /** Adds what a create needs beyond the mapped values. */
    default void completeCreate(String targetType, Map<String, Object> values) {}

    /**
     * The record's matching key, or null when it has none: by default its key field, trimmed and in
     * lower case (an email).
     */
    default String key(ExternalSystem from, CrmRecord record) {
        return Records.email(record, pair().key(from));
    }

    /** Whether a HubSpot record is matched in Salesforce by its key field's value. */
    default boolean matchesByKey() {
        return true;
    }

    /**
     * Takes out of the plan the unlinked records that must not create a counterpart (a HubSpot
     * company no synced contact leads to), before anything is matched or created.
     */
    default void screen(ExternalSystem from, PairPlan plan, BatchOutcome out) {}

    /**
     * The counterparts of unlinked records found through their associations, by source id: the id
     * of a record on the other side. None by default.
     */
    default Map<String, String> throughAssociations(ExternalSystem from, List<PairItem> unlinked) {
        return Map.of();
    }

    /** Why a record without a matching key is not synced. */
    String keyMissing(ExternalSystem from, String sourceType);

    /** Associations whose values go with the records' own writes. */
    default void beforeWrite(ExternalSystem from, PairPlan plan, BatchOutcome out) {}

    /** Associations written once the records exist on both sides. */
    default void afterWrite(ExternalSystem from, PairPlan plan, BatchOutcome out, Long runId) {}
}
