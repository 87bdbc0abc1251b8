package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.CrmRecord;
import io.crmsync.sync.ContactSettings;
import io.crmsync.sync.settings.SyncSettings;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * HubSpot contacts ⇄ Salesforce leads and contacts (PRODUCT.md S7–S14), declared on the pipeline:
 * matched by email, stamped both ways, synced first among pairs. Its own rules: the inclusion list
 * and "do nothing" (S7, S12), a new HubSpot contact becoming a lead or a contact (S8), a converted
 * lead moving its link to its contact, deletes (S10), and the contact's company (S9).
 */
@Component
class ContactPair implements PairRules {

    static final String NO_COMPANY = "[not provided]";

    private final ObjectPair pair =
            new ObjectPair(
                    LinkStore.CONTACT,
                    PairSchema.HUBSPOT_TYPE,
                    List.of(PairSchema.LEAD, PairSchema.CONTACT),
                    "email",
                    "Email",
                    OriginStamps.HUBSPOT_PROPERTY,
                    OriginStamps.SALESFORCE_FIELD,
                    0,
                    List.of(),
                    this);

    private final SyncSettings settings;
    private final InclusionList inclusion;
    private final ContactCompanies companies;

    ContactPair(SyncSettings settings, InclusionList inclusion, ContactCompanies companies) {
        this.settings = settings;
        this.inclusion = inclusion;
        this.companies = companies;
    }

    @Override
    public ObjectPair pair() {
        return pair;
    }

    @Override
    public boolean syncs(ExternalSystem from, CrmRecord record, Link link) {
        if (from == ExternalSystem.HUBSPOT) {
            return inclusion.contains(record.id());
        }
        return settings.contactSettings().salesforceChanges()
                        != ContactSettings.SalesforceChangeAction.DO_NOTHING
                && (link == null || inclusion.contains(link.hubSpotId()));
    }

    /** A converted lead: its link moves to the new contact, which then syncs as usual. */
    @Override
    public boolean handled(ExternalSystem from, PairItem p, BatchOutcome out, Long runId) {
        if (from != ExternalSystem.SALESFORCE
                || !PairSchema.LEAD.equals(p.item.objectType())
                || !converted(p.record)) {
            return false;
        }
        Object contactId = p.record.fields().get("ConvertedContactId");
        if (p.link != null && contactId != null) {
            String id = contactId.toString();
            Link link = p.link;
            out.linkChanges.add(
                    store -> {
                        Link holder = store.bySalesforceIds(LinkStore.CONTACT, List.of(id)).get(id);
                        if (holder == null) {
                            store.relink(link.id(), PairSchema.CONTACT, id);
                        } else if (holder.id() != link.id()) {
                            store.delete(link.id());
                        }
                    });
            out.followUps.add(
                    WorkItem.byId(
                            ExternalSystem.SALESFORCE,
                            PairSchema.CONTACT,
                            id,
                            WorkReason.LINKED,
                            runId));
        }
        PairPipeline.done(out, p.item);
        return true;
    }

    @Override
    public boolean deletesTarget(ExternalSystem from) {
        // A HubSpot deletion never deletes in Salesforce.
        return from == ExternalSystem.SALESFORCE
                && settings.contactSettings().salesforceDeletes()
                        == ContactSettings.SalesforceDeleteAction.DELETE_CONTACT;
    }

    @Override
    public String createType(PairItem item) {
        return settings.contactSettings().hubSpotTarget() == ContactSettings.HubSpotTarget.LEAD
                ? PairSchema.LEAD
                : PairSchema.CONTACT;
    }

    @Override
    public String salesforceTypeOf(String salesforceId) {
        return salesforceId.startsWith("00Q") ? PairSchema.LEAD : PairSchema.CONTACT;
    }

    @Override
    public boolean matchable(CrmRecord salesforce) {
        return !converted(salesforce);
    }

    @Override
    public boolean mayShare(Link holder, String sourceType) {
        return PairSchema.LEAD.equals(holder.salesforceType())
                && PairSchema.CONTACT.equals(sourceType);
    }

    @Override
    public void completeCreate(String targetType, Map<String, Object> values) {
        if (PairSchema.LEAD.equals(targetType) && values.get("Company") == null) {
            values.put("Company", NO_COMPANY);
        }
    }

    @Override
    public String keyMissing(ExternalSystem from, String sourceType) {
        return from == ExternalSystem.HUBSPOT
                ? "Salesforce records are matched by email, and this HubSpot contact has none, so"
                        + " it is not synced."
                : "HubSpot contacts are matched by email, and this "
                        + sourceType.toLowerCase(Locale.ROOT)
                        + " has none, so it is not synced.";
    }

    @Override
    public void beforeWrite(ExternalSystem from, PairPlan plan, BatchOutcome out) {
        if (from == ExternalSystem.HUBSPOT && settings.contactSettings().autoCreateCompanies()) {
            companies.beforeWrite(plan, out);
        }
    }

    @Override
    public void afterWrite(ExternalSystem from, PairPlan plan, BatchOutcome out, Long runId) {
        if (from == ExternalSystem.SALESFORCE
                && PairSchema.CONTACT.equals(plan.sourceType)
                && settings.contactSettings().autoCreateCompanies()) {
            companies.afterWrite(plan, out, runId);
        }
    }

    private static boolean converted(CrmRecord record) {
        return Boolean.parseBoolean(Objects.toString(record.fields().get("IsConverted"), "false"));
    }
}
