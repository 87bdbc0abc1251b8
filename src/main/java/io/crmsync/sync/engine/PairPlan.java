package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one batch of one pair and direction is to do, step by step filled in by the pipeline. */
final class PairPlan {

    final ObjectPair pair;
    final ExternalSystem from;
    final String sourceType;

    /** Linked records, updated by id (or settled with nothing to write). */
    final List<PairItem> linked = new ArrayList<>();

    /** Unlinked records by matching key, until matched or planned as creates. */
    final Map<String, PairItem> unlinked = new LinkedHashMap<>();

    /** Records to link with an existing target record, updated by id. */
    final List<PairItem> matched = new ArrayList<>();

    /** Records to create on the other side. */
    final List<PairItem> creates = new ArrayList<>();

    /** Linked records deleted at the source whose counterparts are deleted. */
    final List<PairItem> deletes = new ArrayList<>();

    /** Creates the other side confirmed, with their new ids. */
    final List<PairItem> created = new ArrayList<>();

    PairPlan(ObjectPair pair, ExternalSystem from, String sourceType) {
        this.pair = pair;
        this.from = from;
        this.sourceType = sourceType;
    }

    ExternalSystem to() {
        return from.other();
    }

    PairRules rules() {
        return pair.rules();
    }
}
