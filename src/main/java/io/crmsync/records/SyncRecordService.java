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
import io.crmsync.sync.RecordSummary;
import io.crmsync.sync.SyncObject;
import io.crmsync.sync.engine.RecordInspector;
import io.crmsync.sync.settings.FieldSkips;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * One record of a synced object at a time (a contact, a company): both sides side by side, its
 * link, the records associated with it, where each synced value came from, its errors, and a sync
 * of it now. Every role may look; Editors and Admins may sync.
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
     * The records a query names, contacts first, without reading them in full: the contact with
     * this email (in any case); the records of any synced object with this HubSpot id; the record
     * with this Salesforce id (15 or 18 characters: a contact, lead or account); the accounts and
     * their companies with this name or website domain. Costs a few API calls per side.
     */
    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    public List<RecordSummary> search(String query) {
        return inspector.search(RecordQuery.parse(query));
    }

    /**
     * The record a query names (see {@link #search}), read live from both CRMs with its
     * associations: the first when several match; empty when no side has one.
     */
    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    public Optional<RecordDetails> find(String query) {
        return inspector.find(RecordQuery.parse(query));
    }

    /**
     * The record of this object with this HubSpot or Salesforce id, read live from both CRMs with
     * its associations; empty when no side has it. What a link to the Records page opens.
     */
    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    public Optional<RecordDetails> open(SyncObject object, String id) {
        return inspector.open(object, id);
    }

    /**
     * Queues the record on each side it has, to be read afresh and synced ahead of its turn, and
     * returns those sides. A HubSpot company queued so may create its account.
     *
     * @throws io.crmsync.sync.SyncTurnedOff when the record's object does not sync, as companies
     *     while "Sync companies" is off
     */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public List<ExternalSystem> syncNow(RecordRef record) {
        return inspector.syncNow(record);
    }

    /**
     * The fields crmsync does not sync for this record (a Sync Health remedy made them); only a
     * contact has any.
     */
    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    public List<FieldSkip> skippedFields(RecordRef record) {
        if (record.object() != SyncObject.CONTACT) {
            return List.of();
        }
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
