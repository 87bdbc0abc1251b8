package io.crmsync.sync.settings;

import io.crmsync.sync.CompanySettings;
import io.crmsync.sync.ContactSettings;
import io.crmsync.sync.DealSettings;
import io.crmsync.sync.FieldMapping;
import io.crmsync.sync.StageMapping;
import io.crmsync.sync.SyncObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The stored settings, held in memory. A change made through this instance is seen at once; a
 * change made by another instance of crmsync on the same database is seen once the cached version
 * is checked again, at most {@link #RECHECK} later. So the engine may call it for every batch.
 */
@Component
public class StoredSyncSettings implements SyncSettings {

    static final Duration RECHECK = Duration.ofSeconds(5);

    private record Held(
            long version,
            ContactSettings settings,
            CompanySettings companies,
            DealSettings deals,
            Map<SyncObject, List<FieldMapping>> mappings,
            List<StageMapping> stages) {}

    private final SettingsStore store;
    private final Clock clock;
    private volatile Held held;
    private volatile Instant checkedAt = Instant.MIN;

    StoredSyncSettings(SettingsStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public ContactSettings contactSettings() {
        return current().settings();
    }

    @Override
    public CompanySettings companySettings() {
        return current().companies();
    }

    @Override
    public DealSettings dealSettings() {
        return current().deals();
    }

    @Override
    public List<StageMapping> stageMappings() {
        return current().stages();
    }

    @Override
    public List<FieldMapping> mappings(SyncObject object) {
        return current().mappings().get(object);
    }

    @Override
    public long version() {
        return current().version();
    }

    /** Forgets the held settings; the writers call it once their change is committed. */
    public void invalidate() {
        held = null;
    }

    private Held current() {
        Held now = held;
        Instant at = clock.instant();
        if (now != null && at.isBefore(checkedAt.plus(RECHECK))) {
            return now;
        }
        synchronized (this) {
            now = held;
            long stored = store.version();
            if (now == null || now.version() != stored) {
                // Read the version first: a change committed in between only makes us read again.
                Map<SyncObject, List<FieldMapping>> mappings = new EnumMap<>(SyncObject.class);
                for (SyncObject object : SyncObject.values()) {
                    mappings.put(object, store.mappings(object));
                }
                now =
                        new Held(
                                stored,
                                store.contactSettings(),
                                store.companySettings(),
                                store.dealSettings(),
                                Map.copyOf(mappings),
                                List.copyOf(store.stageMappings()));
                held = now;
            }
            checkedAt = at;
            return now;
        }
    }
}
