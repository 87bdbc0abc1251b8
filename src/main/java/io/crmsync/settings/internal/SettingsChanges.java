package io.crmsync.settings.internal;

import io.crmsync.security.AuditAction;
import io.crmsync.security.AuditLog;
import io.crmsync.settings.SettingChange;
import io.crmsync.sync.SyncObject;
import io.crmsync.sync.settings.SettingsStore;
import io.crmsync.sync.settings.StoredSyncSettings;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every change to the sync settings goes through here: in one transaction, with the settings row
 * locked, the change is written, the version goes up, the whole settings are kept in the history
 * and the audit log gets the before/after difference.
 */
@Component
public class SettingsChanges {

    /**
     * What a change did, for the audit log. When there is a before and an after, only the keys
     * whose values differ are kept.
     */
    public record Audit(
            AuditAction action, String target, Map<String, ?> before, Map<String, ?> after) {

        public Audit {
            if (before != null && after != null) {
                Map<String, Object> was = new LinkedHashMap<>();
                Map<String, Object> is = new LinkedHashMap<>();
                for (String key : before.keySet()) {
                    if (!Objects.equals(before.get(key), after.get(key))) {
                        was.put(key, before.get(key));
                        is.put(key, after.get(key));
                    }
                }
                before = was;
                after = is;
            }
        }
    }

    /**
     * What the change returns to its caller, and what goes into the audit log; a null audit means
     * nothing changed, and no version is written.
     */
    public record Result<T>(T value, Audit audit) {}

    private final SettingsStore store;
    private final StoredSyncSettings cache;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate tx;

    SettingsChanges(
            SettingsStore store,
            StoredSyncSettings cache,
            AuditLog audit,
            JsonMapper json,
            Clock clock,
            TransactionTemplate tx) {
        this.store = store;
        this.cache = cache;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.tx = tx;
    }

    /**
     * Runs {@code change} with the settings row locked. The change receives the version it will
     * produce, and the version in which the contact settings last changed.
     */
    public <T> T apply(String kind, VersionedChange<T> change) {
        return tx.execute(
                status -> {
                    long contactVersion = store.lockContactSettings();
                    long next = store.version() + 1;
                    Result<T> result = change.apply(contactVersion, next);
                    if (result.audit() == null) {
                        return result.value();
                    }
                    long written = store.appendVersion(kind, snapshot(), actor(), clock.instant());
                    if (written != next) {
                        throw new IllegalStateException("settings version moved while locked");
                    }
                    Audit a = result.audit();
                    audit.change(a.action(), a.target(), a.before(), a.after());
                    TransactionSynchronizationManager.registerSynchronization(
                            new TransactionSynchronization() {
                                @Override
                                public void afterCommit() {
                                    cache.invalidate();
                                }
                            });
                    return result.value();
                });
    }

    /** What {@code version} changed from the version before it, field by field. */
    public List<SettingChange> changesIn(long version) {
        SettingsDiff.Snapshot before = read(version - 1);
        SettingsDiff.Snapshot after = read(version);
        return after == null ? List.of() : SettingsDiff.between(before, after);
    }

    private SettingsDiff.Snapshot read(long version) {
        return store.snapshot(version)
                .map(stored -> json.readValue(stored, SettingsDiff.Snapshot.class))
                .orElse(null);
    }

    /** A change that knows the version it produces. */
    @FunctionalInterface
    public interface VersionedChange<T> {
        Result<T> apply(long contactSettingsChangedIn, long newVersion);
    }

    private String snapshot() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("contactSettings", store.contactSettings());
        all.put("contactMappings", store.contactMappings());
        all.put("companySettings", store.companySettings());
        all.put("companyMappings", store.mappings(SyncObject.COMPANY));
        all.put("dealSettings", store.dealSettings());
        all.put("dealMappings", store.mappings(SyncObject.DEAL));
        all.put("stageMappings", store.stageMappings());
        return json.writeValueAsString(all);
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? AuditLog.SYSTEM : auth.getName();
    }
}
