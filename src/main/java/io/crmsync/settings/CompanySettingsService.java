package io.crmsync.settings;

import io.crmsync.security.AppRoles;
import io.crmsync.security.AuditAction;
import io.crmsync.settings.ContactSettingsRejected.Field;
import io.crmsync.settings.internal.SettingsChanges;
import io.crmsync.settings.internal.SettingsChanges.Audit;
import io.crmsync.settings.internal.SettingsChanges.Result;
import io.crmsync.settings.internal.SettingsDiff;
import io.crmsync.sync.CompanySettings;
import io.crmsync.sync.settings.SettingsStore;
import java.time.Clock;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Companies tab (PRODUCT.md S15). Every role may read; Editors and Admins change. A save
 * carries the version it was read at and is refused when the company settings changed since.
 */
@Service
public class CompanySettingsService {

    private final SettingsStore store;
    private final SettingsChanges changes;
    private final Clock clock;

    CompanySettingsService(SettingsStore store, SettingsChanges changes, Clock clock) {
        this.store = store;
        this.changes = changes;
        this.clock = clock;
    }

    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public CompanySettingsSnapshot current() {
        return new CompanySettingsSnapshot(store.companySettings(), store.version());
    }

    /**
     * Saves the settings, read at {@code readAtVersion}. Refused with {@link Field#VERSION} when
     * someone else changed the company settings after that version.
     */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public CompanySettingsSnapshot save(CompanySettings settings, long readAtVersion) {
        Objects.requireNonNull(settings.salesforceDeletes(), "salesforceDeletes");
        return changes.apply(
                "COMPANY_SETTINGS",
                (contactsChangedIn, version) -> {
                    long changedIn = store.companySettingsChangedIn();
                    if (changedIn > readAtVersion) {
                        throw new ContactSettingsRejected(
                                Field.VERSION,
                                "Someone else changed the company settings (version "
                                        + changedIn
                                        + ") after you opened them (version "
                                        + readAtVersion
                                        + "). Reload the page to see their change, then make"
                                        + " yours again.");
                    }
                    if (!settings.syncEnabled() && store.dealSettings().syncEnabled()) {
                        throw new ContactSettingsRejected(
                                Field.SYNC_ENABLED,
                                "Deals sync with their companies: turn deal sync off on the"
                                        + " Deals tab before turning company sync off.");
                    }
                    CompanySettings before = store.companySettings();
                    if (before.equals(settings)) {
                        return new Result<>(
                                new CompanySettingsSnapshot(settings, version - 1), null);
                    }
                    store.saveCompanySettings(settings, version, clock.instant());
                    return new Result<>(
                            new CompanySettingsSnapshot(settings, version),
                            new Audit(
                                    AuditAction.COMPANY_SETTINGS_CHANGED,
                                    "Companies",
                                    SettingsDiff.auditState(before),
                                    SettingsDiff.auditState(settings)));
                });
    }
}
