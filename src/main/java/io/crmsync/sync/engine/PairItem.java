package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.CrmRecord;
import java.util.Map;

/**
 * One record of a batch as the pipeline works it out: the change, the record read, its link, and
 * what is to be done on the other side. A linked record is updated by id; an unlinked one is linked
 * to the {@code matched} record found by its stamp or key, or created.
 */
final class PairItem {

    final WorkItem item;
    final CrmRecord record;
    final Link link;
    final Map<String, FieldState> states;

    /** The target record's type and id; the id is null until a create answers. */
    String targetType;

    String targetId;

    /** The existing target record this one is being linked to, if any. */
    CrmRecord matched;

    RecordValues values;

    PairItem(WorkItem item, CrmRecord record, Link link, Map<String, FieldState> states) {
        this.item = item;
        this.record = record;
        this.link = link;
        this.states = states;
    }

    String sourceId() {
        return item.recordId();
    }

    boolean newLink() {
        return link == null;
    }

    /** The HubSpot id of the pair, once known. */
    String hubSpotId(ExternalSystem from) {
        if (from == ExternalSystem.HUBSPOT) {
            return sourceId();
        }
        return link != null ? link.hubSpotId() : targetId;
    }

    /** The Salesforce type and id of the pair, once known. */
    String salesforceType(ExternalSystem from) {
        return from == ExternalSystem.SALESFORCE ? item.objectType() : targetType;
    }

    String salesforceId(ExternalSystem from) {
        if (from == ExternalSystem.SALESFORCE) {
            return sourceId();
        }
        return link != null ? link.salesforceId() : targetId;
    }
}
