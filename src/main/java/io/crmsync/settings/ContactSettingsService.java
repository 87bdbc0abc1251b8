package io.crmsync.settings;

import io.crmsync.connection.Connectors;
import io.crmsync.security.AppRoles;
import io.crmsync.security.AuditAction;
import io.crmsync.settings.ContactSettingsRejected.Field;
import io.crmsync.settings.internal.SettingsChanges;
import io.crmsync.settings.internal.SettingsChanges.Audit;
import io.crmsync.settings.internal.SettingsChanges.Result;
import io.crmsync.settings.internal.SettingsDiff;
import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.CrmList;
import io.crmsync.spi.ListCapable;
import io.crmsync.sync.ContactSettings;
import io.crmsync.sync.ContactSettings.HubSpotTarget;
import io.crmsync.sync.SettingsVersion;
import io.crmsync.sync.settings.SettingsStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Contacts tab (PRODUCT.md S7 to S13). Every role may read; Editors and Admins change. A save
 * carries the version it was read at and is refused when the contact settings changed since.
 */
@Service
public class ContactSettingsService {

    /** The seed's warning for leads while companies are created automatically (S8). */
    public static final String LEAD_WITH_COMPANIES_WARNING =
            "If Create or update the lead is selected, it is advised to turn off the setting to"
                    + " automatically create and associate companies with contacts. Salesforce"
                    + " leads do not have accounts, and crmsync uses associated contacts to"
                    + " deduplicate companies, not the domain. When a HubSpot contact is initially"
                    + " created as a Salesforce lead with no account, as soon as you manually create"
                    + " an account or convert the lead to a contact in Salesforce, a duplicate"
                    + " company will be created in HubSpot. If you want the automatically create"
                    + " and associate companies with contacts setting turned on, it is strongly"
                    + " recommended to sync HubSpot contacts to Salesforce as contacts in order to"
                    + " avoid duplicates being created.";

    public static final String COMPANY_LIFECYCLE_WITHOUT_LIFECYCLE_WARNING =
            "Copying lifecycle stage transitions to the other contacts of a company has no effect"
                    + " while the lifecycle stage is not updated from opportunity stages.";

    private static final int HISTORY = 50;

    private final SettingsStore store;
    private final SettingsChanges changes;
    private final Connectors connectors;

    ContactSettingsService(SettingsStore store, SettingsChanges changes, Connectors connectors) {
        this.store = store;
        this.changes = changes;
        this.connectors = connectors;
    }

    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public ContactSettingsSnapshot current() {
        return new ContactSettingsSnapshot(store.contactSettings(), store.version());
    }

    /**
     * Saves the settings, read at {@code readAtVersion}. Refused with {@link Field#VERSION} when
     * someone else changed the contact settings after that version.
     */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public ContactSettingsSnapshot save(ContactSettings settings, long readAtVersion) {
        ContactSettings next = normalized(settings);
        return changes.apply(
                "CONTACT_SETTINGS",
                (changedIn, version) -> {
                    if (changedIn > readAtVersion) {
                        throw new ContactSettingsRejected(
                                Field.VERSION,
                                "Someone else changed the contact settings (version "
                                        + changedIn
                                        + ") after you opened them (version "
                                        + readAtVersion
                                        + "). Reload the page to see their change, then make"
                                        + " yours again.");
                    }
                    ContactSettings before = store.contactSettings();
                    if (before.equals(next)) {
                        return new Result<>(new ContactSettingsSnapshot(next, version - 1), null);
                    }
                    store.saveContactSettings(next, version);
                    return new Result<>(
                            new ContactSettingsSnapshot(next, version),
                            new Audit(
                                    AuditAction.CONTACT_SETTINGS_CHANGED,
                                    "Contacts",
                                    state(before),
                                    state(next)));
                });
    }

    /** The seed's warnings for this combination of settings, empty when there are none. */
    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    public List<String> warnings(ContactSettings settings) {
        List<String> warnings = new ArrayList<>();
        if (settings.hubSpotTarget() == HubSpotTarget.LEAD && settings.autoCreateCompanies()) {
            warnings.add(LEAD_WITH_COMPANIES_WARNING);
        }
        if (settings.companyLifecycleSync() && !settings.lifecycleFromOpportunities()) {
            warnings.add(COMPANY_LIFECYCLE_WITHOUT_LIFECYCLE_WARNING);
        }
        return warnings;
    }

    /**
     * The active (HubSpot {@code DYNAMIC}) contact lists that may serve as the inclusion list, by
     * name. The list selected now is included whatever its kind, so that a list made with {@link
     * #createInclusionList} stays selectable.
     */
    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    public List<CrmList> inclusionLists() {
        String selected = store.contactSettings().inclusionListId();
        try {
            return lists().lists().stream()
                    .filter(
                            l ->
                                    "DYNAMIC".equals(l.processingType())
                                            || Objects.equals(l.id(), selected))
                    .sorted(Comparator.comparing(CrmList::name, String.CASE_INSENSITIVE_ORDER))
                    .toList();
        } catch (ConnectorException | IllegalStateException failed) {
            throw new ContactSettingsRejected(
                    Field.INCLUSION_LIST,
                    "HubSpot's lists could not be read: " + failed.getMessage());
        }
    }

    /**
     * Creates a new contact list in HubSpot to serve as the inclusion list. It is not selected
     * until the settings are saved with it.
     */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public CrmList createInclusionList(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new ContactSettingsRejected(
                    Field.INCLUSION_LIST_NAME, "Give the new list a name.");
        }
        CrmList created;
        try {
            created = lists().createList(trimmed, "contacts");
        } catch (ConnectorException | IllegalStateException failed) {
            throw new ContactSettingsRejected(
                    Field.INCLUSION_LIST_NAME,
                    "HubSpot did not create the list: " + failed.getMessage());
        }
        return created;
    }

    /** The latest changes to the sync settings and mappings, newest first. */
    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public List<SettingsVersion> history() {
        return store.history(HISTORY);
    }

    /** What one version of the history changed from the version before it. */
    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public List<SettingChange> changesIn(long version) {
        return changes.changesIn(version);
    }

    private ListCapable lists() {
        if (connectors.hubSpot() instanceof ListCapable lists) {
            return lists;
        }
        throw new ContactSettingsRejected(
                Field.INCLUSION_LIST, "The HubSpot connection cannot read lists.");
    }

    private static ContactSettings normalized(ContactSettings s) {
        Objects.requireNonNull(s.salesforceChanges(), "salesforceChanges");
        Objects.requireNonNull(s.hubSpotTarget(), "hubSpotTarget");
        Objects.requireNonNull(s.salesforceDeletes(), "salesforceDeletes");
        Objects.requireNonNull(s.salesforceStatePicklist(), "salesforceStatePicklist");
        Objects.requireNonNull(s.hubSpotStateValues(), "hubSpotStateValues");
        return s.withInclusionList(s.inclusionListId());
    }

    private static Map<String, Object> state(ContactSettings s) {
        return SettingsDiff.auditState(s);
    }
}
