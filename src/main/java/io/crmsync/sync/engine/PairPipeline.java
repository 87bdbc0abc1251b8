package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connection.Connectors;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.ErrorType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The one pipeline every object pair syncs through, in both directions (ADR 033): load the batch's
 * records, links, field states and skips; decide each record's plan with the sync rules; match the
 * unlinked ones by stamp and key; write through the connectors; and leave what the batch learned in
 * its {@link BatchOutcome}, which {@link SyncEngine} stores in one transaction.
 */
@Component
class PairPipeline {

    private final Connectors connectors;
    private final RecordValues.Factory values;
    private final LinkStore links;
    private final SkippedFields skippedFields;
    private final OriginStamps stamps;
    private final PairMatcher matcher;
    private final PairWriter writer;
    private final FreshTargets fresh;
    private final Clock clock;

    PairPipeline(
            Connectors connectors,
            RecordValues.Factory values,
            LinkStore links,
            SkippedFields skippedFields,
            OriginStamps stamps,
            PairMatcher matcher,
            PairWriter writer,
            FreshTargets fresh,
            Clock clock) {
        this.connectors = connectors;
        this.values = values;
        this.links = links;
        this.skippedFields = skippedFields;
        this.stamps = stamps;
        this.matcher = matcher;
        this.writer = writer;
        this.fresh = fresh;
        this.clock = clock;
    }

    BatchOutcome sync(
            ObjectPair pair,
            ExternalSystem from,
            String sourceType,
            List<WorkItem> items,
            Long runId) {
        BatchOutcome out = new BatchOutcome();
        PairPlan plan = new PairPlan(pair, from, sourceType);
        List<PairItem> loaded = load(plan, items);
        SkippedFields.Lookup skipped =
                skippedFields.load(
                        loaded.stream()
                                .map(p -> p.hubSpotId(from))
                                .filter(java.util.Objects::nonNull)
                                .toList(),
                        loaded.stream()
                                .map(p -> p.salesforceId(from))
                                .filter(java.util.Objects::nonNull)
                                .toList());
        for (PairItem p : loaded) {
            decide(plan, p, skipped, out, runId);
        }
        pair.rules().screen(from, plan, out);
        matcher.match(plan, skipped, out);
        pair.rules().beforeWrite(from, plan, out);
        recheck(plan, out, runId);
        writer.write(plan, out, runId);
        pair.rules().afterWrite(from, plan, out, runId);
        return out;
    }

    /** The batch's records as the source has them now, with their links and field states. */
    private List<PairItem> load(PairPlan plan, List<WorkItem> items) {
        ExternalSystem from = plan.from;
        List<String> ids = items.stream().map(WorkItem::recordId).toList();
        Map<String, CrmRecord> records =
                Records.resolve(
                        from == ExternalSystem.HUBSPOT
                                ? connectors.hubSpot()
                                : connectors.salesforce(),
                        plan.sourceType,
                        items,
                        from == ExternalSystem.HUBSPOT
                                ? stamps.hubSpotProperties(plan.pair.hubSpotType())
                                : stamps.salesforceFields(plan.sourceType));
        Map<String, Link> linked =
                from == ExternalSystem.HUBSPOT
                        ? links.byHubSpotIds(plan.pair.kind(), ids)
                        : links.bySalesforceIds(plan.pair.kind(), ids);
        Map<Long, Map<String, FieldState>> states =
                links.states(linked.values().stream().map(Link::id).toList());
        List<PairItem> loaded = new ArrayList<>();
        for (WorkItem item : items) {
            Link link = linked.get(item.recordId());
            loaded.add(
                    new PairItem(
                            item,
                            records.get(item.recordId()),
                            link,
                            link == null ? Map.of() : states.getOrDefault(link.id(), Map.of())));
        }
        return loaded;
    }

    /** The plan of one record, by the rules alone: no call is made here. */
    private void decide(
            PairPlan plan, PairItem p, SkippedFields.Lookup skipped, BatchOutcome out, Long runId) {
        ExternalSystem from = plan.from;
        PairRules rules = plan.rules();
        if (p.record == null || p.record.deleted()) {
            deleted(plan, p, out);
            return;
        }
        if (rules.handled(from, p, out, runId)) {
            return;
        }
        if (!rules.syncs(from, p.record, p.link)) {
            done(out, p.item);
            return;
        }
        if (p.link != null) {
            p.targetType =
                    from == ExternalSystem.HUBSPOT
                            ? p.link.salesforceType()
                            : plan.pair.hubSpotType();
            p.targetId =
                    from == ExternalSystem.HUBSPOT ? p.link.salesforceId() : p.link.hubSpotId();
            p.values =
                    values.plan(
                            from,
                            p.salesforceType(from),
                            p.record,
                            p.states,
                            false,
                            null,
                            skipped.of(p.hubSpotId(from), p.salesforceId(from)));
            p.values.errors().forEach(e -> out.errors.add(writer.error(plan, p, e)));
            if (p.values.sendsBack()) {
                // A field changed here lost to a newer change there: that record syncs back.
                out.followUps.add(
                        WorkItem.byId(
                                plan.to(), p.targetType, p.targetId, WorkReason.CHANGE, runId));
            }
            plan.linked.add(p);
            return;
        }
        String key = rules.key(from, p.record);
        if (key == null) {
            out.failed(
                    p.item,
                    writer.error(
                            plan,
                            p,
                            Failures.rejected(
                                    ErrorType.PROPERTY_VALUES,
                                    "EMAIL_MISSING",
                                    rules.keyMissing(from, plan.sourceType),
                                    plan.pair.key(from))));
            return;
        }
        PairItem same = plan.unlinked.get(key);
        if (same != null) {
            out.failed(p.item, writer.duplicate(plan, p, same.sourceId()));
            return;
        }
        plan.unlinked.put(key, p);
    }

    /**
     * A record deleted at the source: its counterpart is deleted when the pair's rule says so;
     * otherwise the link goes, both records stay, and the Records page tells why.
     */
    private void deleted(PairPlan plan, PairItem p, BatchOutcome out) {
        if (p.link == null) {
            done(out, p.item);
            return;
        }
        if (plan.rules().deletesTarget(plan.from)) {
            boolean fromHubSpot = plan.from == ExternalSystem.HUBSPOT;
            p.targetType = fromHubSpot ? p.link.salesforceType() : plan.pair.hubSpotType();
            p.targetId = fromHubSpot ? p.link.salesforceId() : p.link.hubSpotId();
            plan.deletes.add(p);
            return;
        }
        Instant now = clock.instant();
        Instant deletedAt = deletedAt(p, now);
        Link link = p.link;
        ExternalSystem from = plan.from;
        out.linkChanges.add(store -> store.unlink(link, from, deletedAt, false, now));
        done(out, p.item);
    }

    /** When the source deleted the record, as its change said, or else now. */
    static Instant deletedAt(PairItem p, Instant now) {
        if (p.record != null && p.record.modifiedAt() != null) {
            return p.record.modifiedAt();
        }
        return p.item.modifiedAt() != null ? p.item.modifiedAt() : now;
    }

    /**
     * Read before write: the fields of linked records' updates that changed on the target since, in
     * a newer change, are left out, and those target records sync back.
     */
    private void recheck(PairPlan plan, BatchOutcome out, Long runId) {
        Map<String, List<FreshTargets.Planned>> byType = new java.util.LinkedHashMap<>();
        for (PairItem p : plan.linked) {
            if (!p.values.toWrite().isEmpty()) {
                byType.computeIfAbsent(p.targetType, t -> new ArrayList<>())
                        .add(
                                new FreshTargets.Planned(
                                        p.targetId, p.record.modifiedAt(), p.states, p.values));
            }
        }
        byType.forEach(
                (targetType, planned) -> {
                    java.util.Set<String> won =
                            plan.from == ExternalSystem.HUBSPOT
                                    ? fresh.checkSalesforce(targetType, planned)
                                    : fresh.checkHubSpot(plan.sourceType, planned);
                    for (String id : won) {
                        out.followUps.add(
                                WorkItem.byId(plan.to(), targetType, id, WorkReason.CHANGE, runId));
                    }
                });
    }

    static void done(BatchOutcome out, WorkItem item) {
        out.done.add(item);
        out.synced.add(item.recordId());
    }
}
