package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connection.Connectors;
import io.crmsync.spi.CrmRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Finds the counterparts of a batch's unlinked records before anything is created (PRODUCT.md: no
 * duplicates): first by the stamps crmsync left on records it created or linked (ADR 032), then by
 * the matching key where the other side cannot upsert by it (Salesforce). What is left is planned
 * as creates, keyed so that a retry finds what an earlier attempt made.
 */
@Component
class PairMatcher {

    private final Connectors connectors;
    private final RecordValues.Factory values;
    private final LinkStore links;
    private final OriginStamps stamps;
    private final PairWriter writer;

    PairMatcher(
            Connectors connectors,
            RecordValues.Factory values,
            LinkStore links,
            OriginStamps stamps,
            PairWriter writer) {
        this.connectors = connectors;
        this.values = values;
        this.links = links;
        this.stamps = stamps;
        this.writer = writer;
    }

    void match(PairPlan plan, SkippedFields.Lookup skipped, BatchOutcome out) {
        if (plan.unlinked.isEmpty()) {
            return;
        }
        byStamp(plan, skipped, out);
        if (plan.to() == ExternalSystem.SALESFORCE && plan.rules().matchesByKey()) {
            byKey(plan, skipped, out);
        }
        byAssociations(plan, skipped, out);
        plan.unlinked.values().forEach(p -> planCreate(plan, p, skipped, out));
        plan.unlinked.clear();
    }

    /**
     * Records stamped with their counterpart's id, and records whose earlier attempt may have
     * created one (the create into HubSpot is keyed by email, which may have changed since).
     */
    private void byStamp(PairPlan plan, SkippedFields.Lookup skipped, BatchOutcome out) {
        ExternalSystem from = plan.from;
        String stampField = plan.pair.stamp(from);
        Map<String, String> stamped = new LinkedHashMap<>();
        List<String> retried = new ArrayList<>();
        for (PairItem p : plan.unlinked.values()) {
            String stamp = OriginStamps.stamp(p.record, stampField);
            if (stamp != null) {
                stamped.put(p.sourceId(), stamp);
            } else if (p.item.attempts() > 0 && from == ExternalSystem.SALESFORCE) {
                retried.add(p.sourceId());
            }
        }
        if (stamped.isEmpty() && retried.isEmpty()) {
            return;
        }
        Map<String, CrmRecord> candidates = new HashMap<>();
        if (from == ExternalSystem.HUBSPOT) {
            Map<String, CrmRecord> found = stamps.salesforceByIds(plan.rules(), stamped.values());
            stamped.forEach((source, target) -> putFound(candidates, source, found.get(target)));
        } else {
            String hubSpotType = plan.pair.hubSpotType();
            Map<String, CrmRecord> found = stamps.hubSpotByIds(hubSpotType, stamped.values());
            stamped.forEach((source, target) -> putFound(candidates, source, found.get(target)));
            candidates.putAll(stamps.hubSpotByStamp(hubSpotType, retried));
        }
        Map<String, Link> holders = holders(plan, candidates.values());
        for (Map.Entry<String, PairItem> e : List.copyOf(plan.unlinked.entrySet())) {
            PairItem p = e.getValue();
            CrmRecord target = candidates.get(p.sourceId());
            if (target == null
                    || holders.containsKey(target.id())
                    || !plan.rules().matchable(target)) {
                continue;
            }
            plan.unlinked.remove(e.getKey());
            planMatched(plan, p, target, skipped, out);
        }
    }

    private static void putFound(Map<String, CrmRecord> candidates, String source, CrmRecord r) {
        if (r != null) {
            candidates.put(source, r);
        }
    }

    /**
     * Salesforce records with the keys of unlinked HubSpot records; of several types (an
     * unconverted lead and a contact), the last type the pair names is preferred.
     */
    private void byKey(PairPlan plan, SkippedFields.Lookup skipped, BatchOutcome out) {
        if (plan.unlinked.isEmpty()) {
            return;
        }
        String key = plan.pair.salesforceKey();
        Map<String, CrmRecord> found = new HashMap<>();
        for (CrmRecord r :
                connectors
                        .salesforce()
                        .readByKey(
                                plan.pair.salesforceTypes(),
                                key,
                                plan.unlinked.keySet(),
                                stamps::salesforceFields)) {
            if (plan.rules().matchable(r)) {
                found.put(Objects.toString(r.fields().get(key), "").toLowerCase(Locale.ROOT), r);
            }
        }
        Map<String, Link> holders = holders(plan, found.values());
        for (Map.Entry<String, PairItem> e : List.copyOf(plan.unlinked.entrySet())) {
            CrmRecord target = found.get(e.getKey());
            if (target == null) {
                continue;
            }
            PairItem p = e.getValue();
            plan.unlinked.remove(e.getKey());
            Link holder = holders.get(target.id());
            if (holder != null && !holder.hubSpotId().equals(p.sourceId())) {
                p.targetType = target.objectType();
                p.targetId = target.id();
                out.failed(p.item, writer.linkedElsewhere(plan, p, holder.hubSpotId()));
                continue;
            }
            planMatched(plan, p, target, skipped, out);
        }
    }

    /**
     * Records the pair finds through their associations (a company through its contacts' accounts),
     * never by a key such as a domain.
     */
    private void byAssociations(PairPlan plan, SkippedFields.Lookup skipped, BatchOutcome out) {
        if (plan.unlinked.isEmpty()) {
            return;
        }
        Map<String, String> targets =
                plan.rules().throughAssociations(plan.from, List.copyOf(plan.unlinked.values()));
        if (targets.isEmpty()) {
            return;
        }
        Map<String, CrmRecord> found =
                plan.to() == ExternalSystem.HUBSPOT
                        ? stamps.hubSpotByIds(plan.pair.hubSpotType(), targets.values())
                        : stamps.salesforceByIds(plan.rules(), targets.values());
        Map<String, Link> holders = holders(plan, found.values());
        for (Map.Entry<String, PairItem> e : List.copyOf(plan.unlinked.entrySet())) {
            PairItem p = e.getValue();
            CrmRecord target = found.get(targets.get(p.sourceId()));
            if (target == null || holders.containsKey(target.id())) {
                continue;
            }
            plan.unlinked.remove(e.getKey());
            planMatched(plan, p, target, skipped, out);
        }
    }

    private Map<String, Link> holders(PairPlan plan, java.util.Collection<CrmRecord> targets) {
        List<String> ids = targets.stream().map(CrmRecord::id).toList();
        return plan.to() == ExternalSystem.HUBSPOT
                ? links.byHubSpotIds(plan.pair.kind(), ids)
                : links.bySalesforceIds(plan.pair.kind(), ids);
    }

    /** A record about to be linked with {@code target}; the target's stamp is set if need be. */
    private void planMatched(
            PairPlan plan,
            PairItem p,
            CrmRecord target,
            SkippedFields.Lookup skipped,
            BatchOutcome out) {
        ExternalSystem from = plan.from;
        p.matched = target;
        p.targetType = target.objectType();
        p.targetId = target.id();
        p.values =
                values.plan(
                        from,
                        p.salesforceType(from),
                        p.record,
                        Map.of(),
                        false,
                        target,
                        skipped.of(p.hubSpotId(from), p.salesforceId(from)));
        p.values.errors().forEach(e -> out.errors.add(writer.error(plan, p, e)));
        String targetStamp = plan.pair.stamp(plan.to());
        if (!p.sourceId().equals(OriginStamps.stamp(target, targetStamp)) && stampable(plan)) {
            p.values.toWrite().put(targetStamp, p.sourceId());
        }
        plan.matched.add(p);
    }

    private void planCreate(
            PairPlan plan, PairItem p, SkippedFields.Lookup skipped, BatchOutcome out) {
        ExternalSystem from = plan.from;
        p.targetType =
                from == ExternalSystem.HUBSPOT
                        ? plan.rules().createType(p)
                        : plan.pair.hubSpotType();
        p.values =
                values.plan(
                        from,
                        p.salesforceType(from),
                        p.record,
                        Map.of(),
                        true,
                        null,
                        skipped.of(p.hubSpotId(from), p.salesforceId(from)));
        p.values.errors().forEach(e -> out.errors.add(writer.error(plan, p, e)));
        if (from == ExternalSystem.SALESFORCE) {
            p.values.toWrite().put(plan.pair.hubSpotKey(), plan.rules().key(from, p.record));
        }
        if (stampable(plan)) {
            p.values.toWrite().put(plan.pair.stamp(plan.to()), p.sourceId());
        }
        plan.rules().completeCreate(p.targetType, p.values.toWrite());
        plan.creates.add(p);
    }

    /** Whether the target side can hold a stamp: HubSpot once its property exists. */
    private boolean stampable(PairPlan plan) {
        return plan.to() == ExternalSystem.SALESFORCE
                || stamps.hubSpotReady(plan.pair.hubSpotType());
    }
}
