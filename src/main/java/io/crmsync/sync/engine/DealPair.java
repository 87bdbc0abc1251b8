package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.CrmRecord;
import io.crmsync.sync.DealSettings;
import io.crmsync.sync.SyncObject;
import io.crmsync.sync.settings.SyncSettings;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * HubSpot deals ⇄ Salesforce opportunities (PRODUCT.md S16), declared on the pipeline: synced after
 * contacts and companies, whose links its associations use, stamped both ways ({@code
 * salesforce_opportunity_id} ⇄ {@code HubSpot_Id__c}), never matched by a key. Its own rules: the
 * "Sync deals" toggle, which needs company sync; the stage mapping (in the values); the deal's
 * company and contact roles ({@link DealAssociations}); and what an opportunity deleted does.
 */
@Component
class DealPair implements PairRules {

    private final ObjectPair pair =
            new ObjectPair(
                    SyncObject.DEAL.linkKind(),
                    SyncObject.DEAL.hubSpotType(),
                    List.of(PairSchema.OPPORTUNITY),
                    SyncObject.DEAL.hubSpotStamp(),
                    "Id",
                    SyncObject.DEAL.hubSpotStamp(),
                    OriginStamps.SALESFORCE_FIELD,
                    2,
                    List.of(LinkStore.CONTACT, LinkStore.COMPANY),
                    this);

    private final SyncSettings settings;
    private final DealAssociations associations;

    DealPair(SyncSettings settings, DealAssociations associations) {
        this.settings = settings;
        this.associations = associations;
    }

    @Override
    public ObjectPair pair() {
        return pair;
    }

    /** Deals sync while deal sync is on, and company sync with it (their company needs it). */
    @Override
    public boolean syncs(ExternalSystem from, CrmRecord record, Link link) {
        return settings.dealSettings().syncEnabled() && settings.companySettings().syncEnabled();
    }

    @Override
    public boolean deletesTarget(ExternalSystem from) {
        // A HubSpot deal deleted never deletes in Salesforce.
        return from == ExternalSystem.SALESFORCE
                && settings.dealSettings().salesforceDeletes()
                        == DealSettings.SalesforceDeleteAction.DELETE_DEAL;
    }

    @Override
    public String createType(PairItem item) {
        return PairSchema.OPPORTUNITY;
    }

    @Override
    public String salesforceTypeOf(String salesforceId) {
        return PairSchema.OPPORTUNITY;
    }

    /** A record's own id: a deal is known in batch by it, and created keyed on it. */
    @Override
    public String key(ExternalSystem from, CrmRecord record) {
        return record.id();
    }

    /** Deals have no key to match by: two deals of one name are two deals. */
    @Override
    public boolean matchesByKey() {
        return false;
    }

    @Override
    public String keyMissing(ExternalSystem from, String sourceType) {
        return "This record has no id, so it is not synced.";
    }

    /**
     * A deal whose stage has no mapping is not created: it would land in the wrong stage, or be
     * refused for want of one. Its unmapped stage is the error on its record already.
     */
    @Override
    public void beforeWrite(ExternalSystem from, PairPlan plan, BatchOutcome out) {
        plan.creates.removeIf(
                p -> {
                    boolean unmapped =
                            p.values.errors().stream()
                                    .anyMatch(e -> DealStages.UNMAPPED.equals(e.code()));
                    if (unmapped) {
                        out.done.add(p.item);
                    }
                    return unmapped;
                });
        if (from == ExternalSystem.HUBSPOT) {
            associations.accountsFromCompanies(plan, out);
        }
    }

    @Override
    public void afterWrite(ExternalSystem from, PairPlan plan, BatchOutcome out, Long runId) {
        if (from == ExternalSystem.SALESFORCE) {
            associations.toHubSpot(plan, out);
        } else {
            associations.contactRolesFromHubSpot(plan, out);
        }
    }
}
