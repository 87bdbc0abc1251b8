package io.crmsync.sync;

import io.crmsync.security.AppRoles;
import io.crmsync.security.AuditAction;
import io.crmsync.security.AuditLog;
import io.crmsync.sync.engine.SyncControl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** Starting, resyncing and watching the sync. */
@Service
public class SyncControlService {

    private final SyncControl control;
    private final AuditLog audit;

    SyncControlService(SyncControl control, AuditLog audit) {
        this.control = control;
        this.audit = audit;
    }

    /**
     * Re-reads every contact and lead on both sides and syncs them with the settings and mappings
     * in force, in the background. New mappings and a newly chosen inclusion list do not backfill
     * by themselves; this is how an admin applies them to existing records.
     */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public SyncProgress resyncContacts() {
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        long runId = control.resyncContacts(actor);
        audit.event(
                actor, AuditAction.SYNC_RESYNC, "contacts", "Resync of all contacts, run " + runId);
        return control.status().backfill();
    }

    /** The sync's state, the progress of the latest initial sync or resync, and its counts. */
    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    public SyncStatus status() {
        return control.status();
    }
}
