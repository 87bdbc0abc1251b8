package io.crmsync.sync;

import io.crmsync.security.AppRoles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Starting, resyncing and watching the sync. */
@Service
public class SyncControlService {

    /**
     * Re-reads every contact and lead on both sides and syncs them with the settings and mappings
     * in force, in the background. New mappings and a newly chosen inclusion list do not backfill
     * by themselves; this is how an admin applies them to existing records.
     */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public void resyncContacts() {
        throw new UnsupportedOperationException("engine not wired yet");
    }
}
