package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connection.Connectors;
import io.crmsync.spi.Association;
import io.crmsync.spi.AssociationCapable;
import io.crmsync.spi.CrmRecord;
import io.crmsync.sync.CompanySettings;
import io.crmsync.sync.SyncObject;
import io.crmsync.sync.settings.SyncSettings;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * HubSpot companies ⇄ Salesforce accounts (PRODUCT.md S15), declared on the pipeline: synced after
 * contacts, stamped both ways ({@code salesforce_account_id} ⇄ {@code HubSpot_Id__c}), and matched
 * by the stored link, the stamps, then through associated contacts, never by domain (S9). Its own
 * rules: the "Sync companies" toggle, which HubSpot companies may create an account, and what an
 * account deleted does.
 */
@Component
class CompanyPair implements PairRules {

    private final ObjectPair pair =
            new ObjectPair(
                    LinkStore.COMPANY,
                    SyncObject.COMPANY.hubSpotType(),
                    List.of(PairSchema.ACCOUNT),
                    SyncObject.COMPANY.hubSpotStamp(),
                    "Id",
                    SyncObject.COMPANY.hubSpotStamp(),
                    OriginStamps.SALESFORCE_FIELD,
                    1,
                    List.of(LinkStore.CONTACT),
                    this);

    private final SyncSettings settings;
    private final Connectors connectors;
    private final LinkStore links;
    private final CompanyCounterparts counterparts;

    CompanyPair(
            SyncSettings settings,
            Connectors connectors,
            LinkStore links,
            CompanyCounterparts counterparts) {
        this.settings = settings;
        this.connectors = connectors;
        this.links = links;
        this.counterparts = counterparts;
    }

    @Override
    public ObjectPair pair() {
        return pair;
    }

    @Override
    public boolean syncs(ExternalSystem from, CrmRecord record, Link link) {
        return settings.companySettings().syncEnabled();
    }

    @Override
    public boolean deletesTarget(ExternalSystem from) {
        // A HubSpot company deleted never deletes in Salesforce.
        return from == ExternalSystem.SALESFORCE
                && settings.companySettings().salesforceDeletes()
                        == CompanySettings.SalesforceDeleteAction.DELETE_COMPANY;
    }

    @Override
    public String createType(PairItem item) {
        return PairSchema.ACCOUNT;
    }

    @Override
    public String salesforceTypeOf(String salesforceId) {
        return PairSchema.ACCOUNT;
    }

    /** A record's own id: a company is known in batch by it, and created keyed on it. */
    @Override
    public String key(ExternalSystem from, CrmRecord record) {
        return record.id();
    }

    /** There is no key to match a company by: a domain is shared by unrelated companies (S9). */
    @Override
    public boolean matchesByKey() {
        return false;
    }

    /**
     * A HubSpot company creates an account only when a synced contact leads to it (it is associated
     * with a contact synced to a Salesforce contact, which covers the companies that "create and
     * associate companies" made and those of contacts in the inclusion list), when it carries an
     * account id already, or when an admin forced it with Sync now.
     */
    @Override
    public void screen(ExternalSystem from, PairPlan plan, BatchOutcome out) {
        if (from != ExternalSystem.HUBSPOT || plan.unlinked.isEmpty()) {
            return;
        }
        List<PairItem> open =
                plan.unlinked.values().stream()
                        .filter(p -> p.item.reason() != WorkReason.SYNC_NOW)
                        .filter(p -> OriginStamps.stamp(p.record, pair.hubSpotStamp()) == null)
                        .toList();
        if (open.isEmpty()) {
            return;
        }
        Set<String> led = ledBySyncedContacts(open.stream().map(PairItem::sourceId).toList());
        for (PairItem p : open) {
            if (!led.contains(p.sourceId())) {
                plan.unlinked.remove(p.sourceId());
                PairPipeline.done(out, p.item);
            }
        }
    }

    /** The companies associated with at least one contact synced to a Salesforce contact. */
    private Set<String> ledBySyncedContacts(List<String> companies) {
        Set<String> led = new HashSet<>();
        if (!(connectors.hubSpot() instanceof AssociationCapable associations)) {
            return led;
        }
        List<Association> found =
                associations.readAssociations(
                        pair.hubSpotType(), companies, PairSchema.HUBSPOT_TYPE);
        Map<String, Link> contactLinks =
                links.byHubSpotIds(
                        LinkStore.CONTACT,
                        found.stream().map(Association::toId).distinct().toList());
        for (Association a : found) {
            Link contact = contactLinks.get(a.toId());
            if (contact != null && PairSchema.CONTACT.equals(contact.salesforceType())) {
                led.add(a.fromId());
            }
        }
        return led;
    }

    @Override
    public Map<String, String> throughAssociations(ExternalSystem from, List<PairItem> unlinked) {
        List<String> ids = unlinked.stream().map(PairItem::sourceId).toList();
        if (from == ExternalSystem.SALESFORCE) {
            return counterparts.throughSalesforceContacts(ids, List.of(), false);
        }
        if (connectors.hubSpot() instanceof AssociationCapable associations) {
            return counterparts.throughHubSpotContacts(associations, ids, false);
        }
        return Map.of();
    }

    /** Salesforce requires an account name: a company without one is named by its domain. */
    @Override
    public void completeCreate(String targetType, Map<String, Object> values) {
        Object name = values.get("Name");
        if (name == null || name.toString().isBlank()) {
            String domain = domainOf(values.get("Website"));
            if (domain != null) {
                values.put("Name", domain);
            }
        }
    }

    @Override
    public String keyMissing(ExternalSystem from, String sourceType) {
        return "This record has no id, so it is not synced.";
    }

    /** The host of a website, without {@code www.}: the HubSpot domain of an account. */
    static String domainOf(Object website) {
        if (website == null || website.toString().isBlank()) {
            return null;
        }
        String text = website.toString().strip();
        String host;
        try {
            host = URI.create(text.contains("://") ? text : "https://" + text).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        if (host == null) {
            return text.toLowerCase(Locale.ROOT);
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
