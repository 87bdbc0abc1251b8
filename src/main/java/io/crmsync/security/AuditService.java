package io.crmsync.security;

import io.crmsync.security.internal.AuditEventStore;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log for the Audit view. Only Admins may read it. */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private final AuditEventStore store;

    AuditService(AuditEventStore store) {
        this.store = store;
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
        return store.find(query, offset, Math.min(limit, 500));
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    public long count(AuditQuery query) {
        return store.count(query);
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    public List<String> actions() {
        return store.distinctActions();
    }
}
