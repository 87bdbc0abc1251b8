package io.crmsync.sync;

import io.crmsync.base.ExternalSystem;
import io.crmsync.security.AppRoles;
import io.crmsync.sync.engine.RecordInspector;
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

    SyncRecordService(RecordInspector inspector) {
        this.inspector = inspector;
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
}
