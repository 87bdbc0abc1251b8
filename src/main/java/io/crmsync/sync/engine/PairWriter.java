package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connection.Connectors;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.ErrorType;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.SyncFailure;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Writes a batch's plan through the target's connector, one call per operation and type, and leaves
 * each record's result in the outcome: its new link and field states, its follow-ups, or its error.
 * A linked record is only ever written by id; an upsert by key only creates.
 */
@Component
class PairWriter {

    private final Connectors connectors;
    private final PairSchema schema;
    private final LinkStore links;
    private final Clock clock;

    PairWriter(Connectors connectors, PairSchema schema, LinkStore links, Clock clock) {
        this.connectors = connectors;
        this.schema = schema;
        this.links = links;
        this.clock = clock;
    }

    void write(PairPlan plan, BatchOutcome out, Long runId) {
        byType(plan.linked).forEach((type, items) -> writeLinked(plan, type, items, out, runId));
        byType(plan.matched).forEach((type, items) -> writeMatched(plan, type, items, out, runId));
        byType(plan.creates).forEach((type, items) -> writeCreates(plan, type, items, out, runId));
        writeDeletes(plan, out);
    }

    private static Map<String, List<PairItem>> byType(List<PairItem> items) {
        Map<String, List<PairItem>> byType = new LinkedHashMap<>();
        items.forEach(p -> byType.computeIfAbsent(p.targetType, t -> new ArrayList<>()).add(p));
        return byType;
    }

    private void writeLinked(
            PairPlan plan, String type, List<PairItem> items, BatchOutcome out, Long runId) {
        List<PairItem> toSend = new ArrayList<>();
        for (PairItem p : items) {
            if (p.values.toWrite().isEmpty()) {
                settleLinked(plan, p, out, runId);
            } else {
                toSend.add(p);
            }
        }
        send(plan, type, WriteOperation.UPDATE, null, toSend, out)
                .forEach((p, result) -> settleLinked(plan, p, out, runId));
    }

    private void writeMatched(
            PairPlan plan, String type, List<PairItem> items, BatchOutcome out, Long runId) {
        List<PairItem> toSend = new ArrayList<>();
        for (PairItem p : items) {
            if (p.values.toWrite().isEmpty()) {
                settleNew(plan, p, out, runId);
            } else {
                toSend.add(p);
            }
        }
        send(plan, type, WriteOperation.UPDATE, null, toSend, out)
                .forEach((p, result) -> settleNew(plan, p, out, runId));
    }

    private void writeCreates(
            PairPlan plan, String type, List<PairItem> items, BatchOutcome out, Long runId) {
        String key =
                plan.to() == ExternalSystem.SALESFORCE
                        ? plan.pair.salesforceStamp()
                        : plan.pair.hubSpotKey();
        Map<PairItem, WriteResult> written =
                send(plan, type, WriteOperation.UPSERT, key, items, out);
        Map<String, String> unnamed = idsOfUnchanged(plan, type, key, written);
        Map<String, Link> holders = holders(plan, written, unnamed);
        written.forEach(
                (p, result) -> {
                    String id = result.id() != null ? result.id() : unnamed.get(p.sourceId());
                    if (id == null) {
                        out.retry.add(p.item);
                        return;
                    }
                    Link holder = holders.get(id);
                    String holderSource =
                            holder == null
                                    ? null
                                    : plan.from == ExternalSystem.HUBSPOT
                                            ? holder.hubSpotId()
                                            : holder.salesforceId();
                    if (holder != null
                            && !holderSource.equals(p.sourceId())
                            && !plan.rules().mayShare(holder, plan.sourceType)) {
                        out.failed(p.item, duplicate(plan, p, holderSource));
                        return;
                    }
                    p.targetId = id;
                    settleNew(plan, p, out, runId);
                    if (!result.created()) {
                        // An upsert that found its record: that record's own values flow back.
                        out.followUps.add(
                                WorkItem.byId(plan.to(), type, id, WorkReason.LINKED, runId));
                    }
                    plan.created.add(p);
                });
    }

    private void writeDeletes(PairPlan plan, BatchOutcome out) {
        byType(plan.deletes)
                .forEach(
                        (type, items) ->
                                send(plan, type, WriteOperation.DELETE, null, items, out)
                                        .forEach((p, result) -> unlinkDeleted(plan, p, out)));
    }

    private void unlinkDeleted(PairPlan plan, PairItem p, BatchOutcome out) {
        Instant now = clock.instant();
        Instant deletedAt = PairPipeline.deletedAt(p, now);
        Link link = p.link;
        out.linkChanges.add(store -> store.unlink(link, plan.from, deletedAt, true, now));
        PairPipeline.done(out, p.item);
    }

    /**
     * One batch call; returns the records the target accepted, and leaves the refused ones in the
     * outcome as their failure's kind says. A delete of a record already gone is accepted.
     */
    private Map<PairItem, WriteResult> send(
            PairPlan plan,
            String type,
            WriteOperation operation,
            String keyField,
            List<PairItem> items,
            BatchOutcome out) {
        Map<PairItem, WriteResult> accepted = new LinkedHashMap<>();
        if (items.isEmpty()) {
            return accepted;
        }
        List<RecordWrite> writes =
                items.stream()
                        .map(
                                p ->
                                        new RecordWrite(
                                                p.sourceId(),
                                                operation == WriteOperation.UPSERT
                                                        ? null
                                                        : p.targetId,
                                                keyField,
                                                operation == WriteOperation.DELETE
                                                        ? Map.of()
                                                        : p.values.toWrite()))
                        .toList();
        Map<String, PairItem> byRef = new HashMap<>();
        items.forEach(p -> byRef.put(p.sourceId(), p));
        CrmConnector target =
                plan.to() == ExternalSystem.HUBSPOT
                        ? connectors.hubSpot()
                        : connectors.salesforce();
        for (WriteResult result :
                Outcomes.written(() -> target.write(type, operation, writes), writes)) {
            PairItem p = byRef.get(result.reference());
            if (result.succeeded()
                    || (operation == WriteOperation.DELETE
                            && "OBJECT_NOT_FOUND".equals(result.failure().code()))) {
                accepted.put(p, result);
                continue;
            }
            if ("INVALID_FIELD".equals(result.failure().code())) {
                schema.invalidate();
            }
            Outcomes.failed(out, p.item, result.failure(), error(plan, p, result.failure()));
        }
        return accepted;
    }

    /** An upsert into HubSpot that changed nothing may come back without an id: find it by key. */
    private Map<String, String> idsOfUnchanged(
            PairPlan plan, String type, String key, Map<PairItem, WriteResult> written) {
        Map<String, String> keyToSource = new HashMap<>();
        written.forEach(
                (p, result) -> {
                    Object value = p.values.toWrite().get(key);
                    if (result.id() == null && value != null) {
                        keyToSource.put(value.toString().toLowerCase(Locale.ROOT), p.sourceId());
                    }
                });
        Map<String, String> ids = new HashMap<>();
        if (keyToSource.isEmpty() || plan.to() != ExternalSystem.HUBSPOT) {
            return ids;
        }
        for (CrmRecord found :
                connectors.hubSpot().readByKey(type, key, keyToSource.keySet(), List.of(key))) {
            Object value = found.fields().get(key);
            String source =
                    value == null
                            ? null
                            : keyToSource.get(value.toString().toLowerCase(Locale.ROOT));
            if (source != null) {
                ids.put(source, found.id());
            }
        }
        return ids;
    }

    /** The links that hold the target records the upserts landed on, by target id. */
    private Map<String, Link> holders(
            PairPlan plan, Map<PairItem, WriteResult> written, Map<String, String> unnamed) {
        List<String> ids = new ArrayList<>(unnamed.values());
        written.values().stream().map(WriteResult::id).filter(id -> id != null).forEach(ids::add);
        if (ids.isEmpty()) {
            return Map.of();
        }
        return plan.to() == ExternalSystem.HUBSPOT
                ? links.byHubSpotIds(plan.pair.kind(), ids)
                : links.bySalesforceIds(plan.pair.kind(), ids);
    }

    private void settleLinked(PairPlan plan, PairItem p, BatchOutcome out, Long runId) {
        Instant now = clock.instant();
        long linkId = p.link.id();
        List<FieldWrite> writes = p.values.fieldWrites();
        ExternalSystem target = plan.to();
        out.linkChanges.add(store -> store.recordSync(linkId, target, writes, runId, now));
        settled(out, p);
    }

    private void settleNew(PairPlan plan, PairItem p, BatchOutcome out, Long runId) {
        Instant now = clock.instant();
        ExternalSystem from = plan.from;
        LinkStore.NewLink link =
                new LinkStore.NewLink(
                        plan.pair.kind(),
                        p.hubSpotId(from),
                        p.salesforceType(from),
                        p.salesforceId(from),
                        now);
        List<FieldWrite> writes = p.values.fieldWrites();
        out.linkChanges.add(store -> store.linkAndRecord(link, plan.to(), writes, runId));
        if (p.matched != null) {
            out.followUps.add(WorkItem.of(plan.to(), p.matched, WorkReason.LINKED, runId));
        }
        settled(out, p);
    }

    private static void settled(BatchOutcome out, PairItem p) {
        out.done.add(p.item);
        if (p.values.errors().isEmpty()) {
            out.synced.add(p.sourceId());
        }
    }

    RecordError error(PairPlan plan, PairItem p, SyncFailure failure) {
        return PairErrors.of(plan.from, p, failure, this::propertyFor);
    }

    RecordError duplicate(PairPlan plan, PairItem p, String otherId) {
        String message =
                plan.from == ExternalSystem.SALESFORCE
                        ? "Another Salesforce record ("
                                + otherId
                                + ") has the same email and is already synced with the HubSpot"
                                + " contact. HubSpot keeps one contact per email address."
                        : "Another HubSpot contact ("
                                + otherId
                                + ") has the same email and is synced with the same Salesforce"
                                + " record.";
        return error(
                plan,
                p,
                Failures.rejected(
                        ErrorType.DUPLICATES,
                        "DUPLICATE_EMAIL",
                        message,
                        plan.pair.key(plan.from)));
    }

    RecordError linkedElsewhere(PairPlan plan, PairItem p, String holderId) {
        return error(
                plan,
                p,
                Failures.rejected(
                        ErrorType.DUPLICATES,
                        "DUPLICATE_EMAIL",
                        "The Salesforce "
                                + p.targetType.toLowerCase(Locale.ROOT)
                                + " with this email is already synced with another HubSpot"
                                + " contact ("
                                + holderId
                                + ").",
                        plan.pair.key(plan.from)));
    }

    /** The HubSpot property mapped to a Salesforce field, for the value an error names. */
    private String propertyFor(String salesforceType, String salesforceField) {
        try {
            return schema.fields(salesforceType).stream()
                    .filter(
                            f ->
                                    f.salesforceName().equalsIgnoreCase(salesforceField)
                                            || (f.salesforceName() + "Code")
                                                    .equalsIgnoreCase(salesforceField))
                    .map(MappedField::property)
                    .findFirst()
                    .orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
