package io.crmsync.settings;

import io.crmsync.security.AuditAction;
import io.crmsync.security.AuditLog;
import io.crmsync.settings.internal.MappingRules;
import io.crmsync.settings.internal.SettingsChanges;
import io.crmsync.settings.internal.SettingsChanges.Audit;
import io.crmsync.settings.internal.SettingsChanges.Result;
import io.crmsync.sync.FieldMapping;
import io.crmsync.sync.FieldSkip;
import io.crmsync.sync.SyncObject;
import io.crmsync.sync.settings.FieldSkips;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Adds and removes field skips as settings changes: each one is a new settings version and an audit
 * entry, like a mapping change.
 */
@Component
public class SkipChanges {

    /** The most records an audit entry names; the count is always there. */
    private static final int NAMED = 50;

    private final SettingsChanges changes;
    private final FieldSkips skips;
    private final Clock clock;

    SkipChanges(SettingsChanges changes, FieldSkips skips, Clock clock) {
        this.changes = changes;
        this.skips = skips;
        this.clock = clock;
    }

    /** A skip of the mapping's field for one contact, made now by the signed-in user. */
    public FieldSkip skipOf(
            FieldMapping mapping,
            String hubSpotId,
            String salesforceType,
            String salesforceId,
            String label,
            String reason) {
        return new FieldSkip(
                0,
                hubSpotId,
                salesforceType,
                salesforceId,
                label,
                mapping.hubSpotProperty(),
                mapping.salesforceField(),
                reason,
                actor(),
                clock.instant());
    }

    /** Stores the skips not stored yet; returns how many were new. */
    public int skip(FieldMapping mapping, List<FieldSkip> wanted) {
        return changes.apply(
                "CONTACT_FIELD_SKIPPED",
                (changedIn, version) -> {
                    List<FieldSkip> added = skips.add(wanted);
                    if (added.isEmpty()) {
                        return new Result<>(0, null);
                    }
                    Map<String, Object> after = new LinkedHashMap<>();
                    after.put("records", added.size());
                    after.put(
                            "skipped",
                            added.stream().limit(NAMED).map(FieldSkip::describe).toList());
                    after.put("reason", added.getFirst().reason());
                    return new Result<>(
                            added.size(),
                            new Audit(
                                    AuditAction.CONTACT_FIELD_SKIPPED,
                                    MappingRules.target(SyncObject.CONTACT, mapping),
                                    null,
                                    after));
                });
    }

    /** Syncs the field again for its contact; empty when the skip was removed meanwhile. */
    public Optional<FieldSkip> remove(long id) {
        return changes.apply(
                "CONTACT_FIELD_SKIP_REMOVED",
                (changedIn, version) -> {
                    Optional<FieldSkip> stored = skips.find(id);
                    if (stored.isEmpty()) {
                        return new Result<>(stored, null);
                    }
                    FieldSkip s = stored.get();
                    skips.delete(id);
                    Map<String, Object> before = new LinkedHashMap<>();
                    before.put("skipped", s.describe());
                    before.put("reason", s.reason());
                    before.put("by", s.createdBy());
                    return new Result<>(
                            stored,
                            new Audit(
                                    AuditAction.CONTACT_FIELD_SKIP_REMOVED,
                                    "Contact mapping "
                                            + s.hubSpotProperty()
                                            + " ↔ "
                                            + s.salesforceField(),
                                    before,
                                    null));
                });
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? AuditLog.SYSTEM : auth.getName();
    }
}
