package io.crmsync.records;

import io.crmsync.base.ExternalSystem;
import io.crmsync.security.AppRoles;
import io.crmsync.settings.SkipChanges;
import io.crmsync.spi.HubSpotId;
import io.crmsync.spi.SalesforceId;
import io.crmsync.sync.FieldSkip;
import io.crmsync.sync.RecordDetails;
import io.crmsync.sync.RecordQuery;
import io.crmsync.sync.RecordRef;
import io.crmsync.sync.engine.RecordInspector;
import io.crmsync.sync.settings.FieldSkips;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * One contact at a time: both sides side by side, its link, where each synced value came from, its
 * errors, and a sync of it now. Every role may look; Editors and Admins may sync.
 */
@Service
public class SyncRecordService {

    private final RecordInspector inspector;
    private final FieldSkips skips;
    private final SkipChanges skipChanges;

    SyncRecordService(RecordInspector inspector, FieldSkips skips, SkipChanges skipChanges) {
        this.inspector = inspector;
        this.skips = skips;
        this.skipChanges = skipChanges;
    }

    /**
     * The contact with this email (in any case), HubSpot id, or Salesforce lead or contact id (15
     * or 18 characters), read live from both CRMs; empty when no side has it. Costs a few API calls
     * per side.
     */
    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    public Optional<RecordDetails> find(String query) {
        return inspector.find(RecordQuery.parse(query));
    }

    /**
     * Queues the record on each side it has, to be read afresh and synced ahead of its turn, and
     * returns those sides.
     */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public List<ExternalSystem> syncNow(RecordRef record) {
        return inspector.syncNow(record);
    }

    /** The fields crmsync does not sync for this contact (a Sync Health remedy made them). */
    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    public List<FieldSkip> skippedFields(RecordRef record) {
        return skips.ofRecord(
                record.hubSpot() == null ? null : record.hubSpot().value(),
                record.salesforce() == null ? null : record.salesforce().value());
    }

    /**
     * Syncs a skipped field again for its contact (audited and versioned) and queues the contact to
     * sync now. False when the skip was already gone.
     */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public boolean removeSkip(long id) {
        Optional<FieldSkip> removed = skipChanges.remove(id);
        removed.ifPresent(
                s ->
                        inspector.syncNow(
                                new RecordRef(
                                        HubSpotId.ofNullable(s.hubSpotId()),
                                        s.salesforceType() == null
                                                ? null
                                                : SalesforceId.ofNullable(
                                                        s.salesforceType(), s.salesforceId()))));
        return removed.isPresent();
    }
}
