package io.crmsync.sync;

import io.crmsync.security.AppRoles;
import io.crmsync.security.AuditAction;
import io.crmsync.security.AuditLog;
import io.crmsync.sync.engine.SyncControl;
import java.util.Locale;
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
     * in force, in the background: {@link #resync(SyncObject)} of contacts.
     */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public SyncProgress resyncContacts() {
        return resync(SyncObject.CONTACT);
    }

    /**
     * Re-reads every record of the object on both sides (contacts and leads, companies and
     * accounts) and syncs them with the settings and mappings in force, in the background, under a
     * new run. New mappings and a newly chosen inclusion list do not backfill by themselves; this
     * is how an admin applies them to existing records. The other objects' streams go on as they
     * were.
     *
     * @throws SyncTurnedOff when the object's sync is off
     */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public SyncProgress resync(SyncObject object) {
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        long runId = control.resync(object, actor);
        audit.event(
                actor,
                AuditAction.SYNC_RESYNC,
                object.hubSpotType(),
                "Resync of all " + object.label().toLowerCase(Locale.ROOT) + ", run " + runId);
        return control.status().backfill();
    }

    /** The sync's state, the progress of the latest initial sync or resync, and its counts. */
    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    public SyncStatus status() {
        return control.status();
    }
}
