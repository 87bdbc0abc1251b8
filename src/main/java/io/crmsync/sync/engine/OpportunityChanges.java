package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.CrmRecord;
import io.crmsync.sync.settings.SyncSettings;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Opportunity and contact role changes serve two features: lifecycle stages (S11) and, while deals
 * sync, the deals themselves (S16). An opportunity change also syncs its deal; a contact role
 * change, which leaves its opportunity's modification time as it was, queues its opportunity.
 */
@Component
class OpportunityChanges {

    private final SyncSettings settings;
    private final PairPipeline pipeline;
    private final DealPair deals;

    OpportunityChanges(SyncSettings settings, PairPipeline pipeline, DealPair deals) {
        this.settings = settings;
        this.pipeline = pipeline;
        this.deals = deals;
    }

    /** The batch's outcome with what deals make of it, when deals sync. */
    BatchOutcome withDeals(
            Streams.Stream stream, List<WorkItem> items, BatchOutcome lifecycle, Long runId) {
        if (!settings.dealSettings().syncEnabled()) {
            return lifecycle;
        }
        if (PairSchema.OPPORTUNITY.equals(stream.objectType())) {
            BatchOutcome out =
                    pipeline.sync(
                            deals.pair(),
                            ExternalSystem.SALESFORCE,
                            PairSchema.OPPORTUNITY,
                            items,
                            runId);
            // The items' fate is the deal's; lifecycle stages are written again on a retry.
            out.errors.addAll(lifecycle.errors);
            out.linkChanges.addAll(lifecycle.linkChanges);
            out.followUps.addAll(lifecycle.followUps);
            return out;
        }
        Set<String> opportunities = new LinkedHashSet<>();
        for (WorkItem item : items) {
            CrmRecord role = item.snapshot();
            Object opportunity = role == null ? null : role.fields().get("OpportunityId");
            if (opportunity != null) {
                opportunities.add(opportunity.toString());
            }
        }
        for (String id : opportunities) {
            lifecycle.followUps.add(
                    WorkItem.byId(
                            ExternalSystem.SALESFORCE,
                            PairSchema.OPPORTUNITY,
                            id,
                            WorkReason.CHANGE,
                            runId));
        }
        return lifecycle;
    }
}
