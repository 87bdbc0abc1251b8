package io.crmsync.settings;

import io.crmsync.security.AppRoles;
import io.crmsync.security.AuditAction;
import io.crmsync.settings.ContactSettingsRejected.Field;
import io.crmsync.settings.internal.SettingsChanges;
import io.crmsync.settings.internal.SettingsChanges.Audit;
import io.crmsync.settings.internal.SettingsChanges.Result;
import io.crmsync.settings.internal.SettingsDiff;
import io.crmsync.sync.DealSettings;
import io.crmsync.sync.settings.SettingsStore;
import java.time.Clock;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Deals tab (PRODUCT.md S16). Every role may read; Editors and Admins change. Deals sync only
 * with companies: without company sync, a deal would lose its company, so deal sync cannot be
 * turned on while company sync is off. A save carries the version it was read at.
 */
@Service
public class DealSettingsService {

    /** Why deal sync waits for company sync, as the Deals tab says it. */
    public static final String NEEDS_COMPANIES =
            "Deal sync needs company sync: an opportunity's account is its deal's company. Turn"
                    + " on Sync companies on the Companies tab first.";

    private final SettingsStore store;
    private final SettingsChanges changes;
    private final Clock clock;

    DealSettingsService(SettingsStore store, SettingsChanges changes, Clock clock) {
        this.store = store;
        this.changes = changes;
        this.clock = clock;
    }

    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public DealSettingsSnapshot current() {
        return new DealSettingsSnapshot(store.dealSettings(), store.version());
    }

    /** Whether company sync, which deals need, is on. */
    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public boolean companiesOn() {
        return store.companySettings().syncEnabled();
    }

    /**
     * Saves the settings, read at {@code readAtVersion}. Refused with {@link Field#VERSION} when
     * someone else changed the deal settings since, and with {@link Field#SYNC_ENABLED} when deal
     * sync is turned on while company sync is off.
     */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public DealSettingsSnapshot save(DealSettings settings, long readAtVersion) {
        Objects.requireNonNull(settings.salesforceDeletes(), "salesforceDeletes");
        return changes.apply(
                "DEAL_SETTINGS",
                (contactsChangedIn, version) -> {
                    long changedIn = store.dealSettingsChangedIn();
                    if (changedIn > readAtVersion) {
                        throw new ContactSettingsRejected(
                                Field.VERSION,
                                "Someone else changed the deal settings (version "
                                        + changedIn
                                        + ") after you opened them (version "
                                        + readAtVersion
                                        + "). Reload the page to see their change, then make"
                                        + " yours again.");
                    }
                    if (settings.syncEnabled() && !store.companySettings().syncEnabled()) {
                        throw new ContactSettingsRejected(Field.SYNC_ENABLED, NEEDS_COMPANIES);
                    }
                    DealSettings before = store.dealSettings();
                    if (before.equals(settings)) {
                        return new Result<>(new DealSettingsSnapshot(settings, version - 1), null);
                    }
                    store.saveDealSettings(settings, version, clock.instant());
                    return new Result<>(
                            new DealSettingsSnapshot(settings, version),
                            new Audit(
                                    AuditAction.DEAL_SETTINGS_CHANGED,
                                    "Deals",
                                    SettingsDiff.auditState(before),
                                    SettingsDiff.auditState(settings)));
                });
    }
}
