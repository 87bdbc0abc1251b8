package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.CrmRecord;
import io.crmsync.sync.RecordDetails;
import io.crmsync.sync.RecordQuery;
import io.crmsync.sync.RecordRef;
import io.crmsync.sync.RecordSummary;
import io.crmsync.sync.RecordUnlink;
import io.crmsync.sync.SyncObject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * One record of any synced object as the engine knows it, for the Record page: finds it on either
 * side and through its link, reads both sides and its associations live, and queues it for a sync
 * now. No role checks: the service that calls it makes them.
 */
@NamedInterface("engine")
@Component
public class RecordInspector {

    private final PairSchema schema;
    private final WorkQueue queue;
    private final SyncWorkers workers;
    private final Clock clock;
    private final RecordLocator locator;
    private final RecordSides sides;
    private final RecordHistory history;
    private final RecordFieldValues fieldValues;
    private final AssociatedRecords associated;
    private final ObjectToggles toggles;

    RecordInspector(
            PairSchema schema,
            WorkQueue queue,
            SyncWorkers workers,
            Clock clock,
            RecordLocator locator,
            RecordSides sides,
            RecordHistory history,
            RecordFieldValues fieldValues,
            AssociatedRecords associated,
            ObjectToggles toggles) {
        this.schema = schema;
        this.queue = queue;
        this.workers = workers;
        this.clock = clock;
        this.locator = locator;
        this.sides = sides;
        this.history = history;
        this.fieldValues = fieldValues;
        this.associated = associated;
        this.toggles = toggles;
    }

    /** The records the query names, contacts first; a name or an id may name several. */
    public List<RecordSummary> search(RecordQuery query) {
        return locator.find(query).stream().map(RecordLocator.Found::summary).toList();
    }

    /** The record the query names, read live from both sides: the first when several match. */
    public Optional<RecordDetails> find(RecordQuery query) {
        return locator.find(query).stream().findFirst().map(this::details);
    }

    /** The record of the object with this HubSpot or Salesforce id, read live from both sides. */
    public Optional<RecordDetails> open(SyncObject object, String id) {
        return locator.byId(object, id).map(this::details);
    }

    /**
     * Queues the record on each side it has, to be read afresh and synced, and wakes the workers.
     * Returns the sides queued.
     *
     * @throws io.crmsync.sync.SyncTurnedOff when the record's object does not sync
     */
    public List<ExternalSystem> syncNow(RecordRef ref) {
        toggles.requireOn(ref.object());
        List<WorkItem> items = new ArrayList<>();
        if (ref.hubSpot() != null) {
            items.add(
                    WorkItem.byId(
                            ExternalSystem.HUBSPOT,
                            ref.object().hubSpotType(),
                            ref.hubSpot().value(),
                            WorkReason.SYNC_NOW,
                            null));
        }
        if (ref.salesforce() != null) {
            items.add(
                    WorkItem.byId(
                            ExternalSystem.SALESFORCE,
                            ref.salesforce().objectType(),
                            ref.salesforce().value(),
                            WorkReason.SYNC_NOW,
                            null));
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("No record to sync");
        }
        queue.enqueue(items, clock.instant());
        workers.wake();
        return items.stream().map(WorkItem::source).toList();
    }

    private RecordDetails details(RecordLocator.Found found) {
        SyncObject object = found.object();
        String salesforceType =
                Objects.requireNonNullElse(
                        found.salesforceType(), object.salesforceTypes().getFirst());
        CrmRecord hubSpot = sides.readHubSpot(object, found.hubSpotId());
        CrmRecord salesforce = sides.readSalesforce(salesforceType, found.salesforceId());
        Link link = found.link();
        return new RecordDetails(
                object,
                label(hubSpot, salesforce, found),
                found.hubSpotId() == null
                        ? null
                        : sides.hubSpotSide(object, found.hubSpotId(), hubSpot != null),
                found.salesforceId() == null
                        ? null
                        : sides.salesforceSide(
                                salesforceType, found.salesforceId(), salesforce != null),
                link == null ? null : history.linkOf(link.id()),
                fieldValues.compare(
                        salesforceType, schema.fields(salesforceType), hubSpot, salesforce),
                associated.of(object, hubSpot, salesforce),
                link == null ? List.of() : history.provenance(link.id()),
                history.errors(found),
                link == null ? unlinkOf(found) : null);
    }

    private RecordUnlink unlinkOf(RecordLocator.Found found) {
        return history.lastUnlink(
                        found.object().linkKind(), found.hubSpotId(), found.salesforceId())
                .map(
                        u ->
                                new RecordUnlink(
                                        u.deletedIn(),
                                        u.deletedAt(),
                                        u.deletedIn() == ExternalSystem.HUBSPOT
                                                ? u.salesforceType()
                                                : found.object().hubSpotType(),
                                        u.otherDeleted()))
                .orElse(null);
    }

    /** The Salesforce side's name, else the HubSpot side's, else an id. */
    private static String label(
            CrmRecord hubSpot, CrmRecord salesforce, RecordLocator.Found found) {
        String label = RecordLabels.of(salesforce);
        if (label == null) {
            label = RecordLabels.of(hubSpot);
        }
        if (label == null) {
            label = found.label();
        }
        return label != null
                ? label
                : Objects.requireNonNullElse(found.salesforceId(), found.hubSpotId());
    }
}
