package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.ErrorType;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import io.crmsync.sync.ContactSettings;
import io.crmsync.sync.internal.Connectors;
import io.crmsync.sync.settings.SyncSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Salesforce leads and contacts to HubSpot contacts (PRODUCT.md S7, S10): creates or dedupes by
 * email, updates linked contacts while they are in the inclusion list, deletes per the setting, and
 * follows converted leads to their contact.
 */
@Component
class SalesforceToHubSpot {

    private record Pending(WorkItem item, CrmRecord record, Link link, ContactValues values) {}

    /** A Salesforce record about to be linked with a HubSpot contact found by its stamp. */
    private record Found(WorkItem item, CrmRecord record, CrmRecord hubSpot, ContactValues values) {}

    private final Connectors connectors;
    private final ContactSchema schema;
    private final ContactValues.Factory values;
    private final SyncSettings settings;
    private final LinkStore links;
    private final InclusionList inclusion;
    private final CompanySync companies;
    private final SkippedFields skippedFields;
    private final OriginStamps stamps;
    private final FreshTargets fresh;
    private final Clock clock;

    SalesforceToHubSpot(
            Connectors connectors,
            ContactSchema schema,
            ContactValues.Factory values,
            SyncSettings settings,
            LinkStore links,
            InclusionList inclusion,
            CompanySync companies,
            SkippedFields skippedFields,
            OriginStamps stamps,
            FreshTargets fresh,
            Clock clock) {
        this.stamps = stamps;
        this.fresh = fresh;
        this.companies = companies;
        this.skippedFields = skippedFields;
        this.connectors = connectors;
        this.schema = schema;
        this.values = values;
        this.settings = settings;
        this.links = links;
        this.inclusion = inclusion;
        this.clock = clock;
    }

    BatchOutcome sync(String salesforceType, List<WorkItem> items, Long runId) {
        BatchOutcome out = new BatchOutcome();
        ContactSettings contactSettings = settings.contactSettings();
        Map<String, CrmRecord> records =
                Records.resolve(
                        connectors.salesforce(),
                        salesforceType,
                        items,
                        stamps.salesforceFields(salesforceType));
        Map<String, Link> linked =
                links.bySalesforceIds(
                        LinkStore.CONTACT, items.stream().map(WorkItem::recordId).toList());
        Map<Long, Map<String, FieldState>> states =
                links.states(linked.values().stream().map(Link::id).toList());
        SkippedFields.Lookup skipped =
                skippedFields.load(
                        linked.values().stream().map(Link::hubSpotId).toList(),
                        items.stream().map(WorkItem::recordId).toList());
        List<Pending> updates = new ArrayList<>();
        List<FreshTargets.Planned> planned = new ArrayList<>();
        Map<String, Pending> creates = new LinkedHashMap<>();
        List<Pending> deletes = new ArrayList<>();
        List<CompanySync.ContactAccount> accounts = new ArrayList<>();
        boolean withCompanies =
                contactSettings.autoCreateCompanies()
                        && ContactSchema.CONTACT.equals(salesforceType);
        for (WorkItem item : items) {
            CrmRecord record = records.get(item.recordId());
            Link link = linked.get(item.recordId());
            if (record == null || record.deleted()) {
                deleted(item, link, contactSettings, deletes, out);
                continue;
            }
            if (ContactSchema.LEAD.equals(salesforceType)
                    && Boolean.TRUE.equals(asBoolean(record.fields().get("IsConverted")))) {
                converted(item, record, link, runId, out);
                continue;
            }
            if (contactSettings.salesforceChanges()
                    == ContactSettings.SalesforceChangeAction.DO_NOTHING) {
                out.done.add(item);
                continue;
            }
            if (link != null && !inclusion.contains(link.hubSpotId())) {
                out.done.add(item);
                continue;
            }
            ContactValues change =
                    values.fromSalesforce(
                            salesforceType,
                            record,
                            link == null ? Map.of() : states.getOrDefault(link.id(), Map.of()),
                            link == null,
                            skipped.of(link == null ? null : link.hubSpotId(), item.recordId()));
            change.errors().forEach(e -> out.errors.add(error(item, record, link, e)));
            if (link != null) {
                if (withCompanies
                        && accountChanged(record, states.getOrDefault(link.id(), Map.of()))) {
                    accounts.add(
                            new CompanySync.ContactAccount(
                                    link.hubSpotId(), record.id(), account(record)));
                }
                if (change.toWrite().isEmpty()) {
                    settled(item, link, change, out, runId);
                } else {
                    updates.add(new Pending(item, record, link, change));
                    planned.add(
                            new FreshTargets.Planned(
                                    link.hubSpotId(),
                                    record.modifiedAt(),
                                    states.getOrDefault(link.id(), Map.of()),
                                    change));
                }
                continue;
            }
            String email = Records.email(record, "Email");
            if (email == null) {
                out.failed(
                        item,
                        error(
                                item,
                                record,
                                null,
                                Failures.rejected(
                                        ErrorType.PROPERTY_VALUES,
                                        "EMAIL_MISSING",
                                        "HubSpot contacts are matched by email, and this "
                                                + salesforceType.toLowerCase(Locale.ROOT)
                                                + " has none, so it is not synced.",
                                        "Email")));
                continue;
            }
            if (creates.containsKey(email)) {
                out.failed(item, duplicate(item, record, creates.get(email).item().recordId()));
                continue;
            }
            change.toWrite().put("email", email);
            if (stamps.hubSpotReady()) {
                change.toWrite().put(OriginStamps.HUBSPOT_PROPERTY, item.recordId());
            }
            creates.put(email, new Pending(item, record, null, change));
        }
        List<Found> found = findCreated(salesforceType, creates, skipped);
        CrmConnector hubSpot = connectors.hubSpot();
        for (String id : fresh.checkHubSpot(salesforceType, planned)) {
            out.followUps.add(
                    WorkItem.byId(
                            ExternalSystem.HUBSPOT,
                            ContactSchema.HUBSPOT_TYPE,
                            id,
                            WorkReason.CHANGE,
                            runId));
        }
        writeUpdates(hubSpot, updates, out, runId);
        writeFound(hubSpot, salesforceType, found, out, runId);
        writeCreates(hubSpot, salesforceType, creates, out, runId, withCompanies ? accounts : null);
        writeDeletes(hubSpot, deletes, out);
        associate(accounts, records, linked, out, runId);
        return out;
    }

    /**
     * The records about to be created that may exist in HubSpot already, made by crmsync: a
     * Salesforce record created from a HubSpot contact (its {@code HubSpot_Id__c}), or one whose
     * earlier attempt may have created its contact before a crash or a lost answer (found by the
     * contact's {@code salesforce_record_id}). Such a contact, when linked to no other record, is
     * linked and updated instead of a second one being created.
     */
    private List<Found> findCreated(
            String salesforceType, Map<String, Pending> creates, SkippedFields.Lookup skipped) {
        Map<String, String> byOrigin = new LinkedHashMap<>();
        List<String> retried = new ArrayList<>();
        for (Pending p : creates.values()) {
            String origin = OriginStamps.stamp(p.record(), OriginStamps.SALESFORCE_FIELD);
            if (origin != null) {
                byOrigin.put(p.item().recordId(), origin);
            } else if (p.item().attempts() > 0) {
                retried.add(p.item().recordId());
            }
        }
        if (byOrigin.isEmpty() && retried.isEmpty()) {
            return List.of();
        }
        Map<String, CrmRecord> candidates = new HashMap<>();
        Map<String, CrmRecord> origins = stamps.hubSpotByIds(byOrigin.values());
        byOrigin.forEach(
                (salesforceId, hubSpotId) -> {
                    if (origins.containsKey(hubSpotId)) {
                        candidates.put(salesforceId, origins.get(hubSpotId));
                    }
                });
        candidates.putAll(stamps.hubSpotByStamp(retried));
        Map<String, Link> holders =
                links.byHubSpotIds(
                        LinkStore.CONTACT, candidates.values().stream().map(CrmRecord::id).toList());
        List<Found> found = new ArrayList<>();
        for (Map.Entry<String, Pending> e : List.copyOf(creates.entrySet())) {
            Pending p = e.getValue();
            CrmRecord hubSpot = candidates.get(p.item().recordId());
            if (hubSpot == null || holders.containsKey(hubSpot.id())) {
                continue;
            }
            creates.remove(e.getKey());
            ContactValues change =
                    values.fromSalesforce(
                            salesforceType,
                            p.record(),
                            values.hubSpotStates(salesforceType, hubSpot),
                            false,
                            skipped.of(hubSpot.id(), p.item().recordId()));
            if (!p.item()
                            .recordId()
                            .equals(OriginStamps.stamp(hubSpot, OriginStamps.HUBSPOT_PROPERTY))
                    && stamps.hubSpotReady()) {
                change.toWrite().put(OriginStamps.HUBSPOT_PROPERTY, p.item().recordId());
            }
            found.add(new Found(p.item(), p.record(), hubSpot, change));
        }
        return found;
    }

    private void writeFound(
            CrmConnector hubSpot,
            String salesforceType,
            List<Found> found,
            BatchOutcome out,
            Long runId) {
        List<Found> toWrite = found.stream().filter(f -> !f.values().toWrite().isEmpty()).toList();
        Map<String, WriteResult> results = new HashMap<>();
        if (!toWrite.isEmpty()) {
            List<RecordWrite> writes =
                    toWrite.stream()
                            .map(
                                    f ->
                                            new RecordWrite(
                                                    f.item().recordId(),
                                                    f.hubSpot().id(),
                                                    null,
                                                    f.values().toWrite()))
                            .toList();
            Outcomes.written(
                            () ->
                                    hubSpot.write(
                                            ContactSchema.HUBSPOT_TYPE,
                                            WriteOperation.UPDATE,
                                            writes),
                            writes)
                    .forEach(r -> results.put(r.reference(), r));
        }
        Instant now = clock.instant();
        for (Found f : found) {
            WriteResult result = results.get(f.item().recordId());
            if (result != null && !result.succeeded()) {
                Outcomes.failed(
                        out,
                        f.item(),
                        result.failure(),
                        error(f.item(), f.record(), null, result.failure()));
                continue;
            }
            String hubSpotId = f.hubSpot().id();
            String salesforceId = f.item().recordId();
            List<FieldWrite> fieldWrites = f.values().fieldWrites();
            out.linkChanges.add(
                    store ->
                            store.linkAndRecord(
                                    new LinkStore.NewLink(
                                            LinkStore.CONTACT,
                                            hubSpotId,
                                            salesforceType,
                                            salesforceId,
                                            now),
                                    ExternalSystem.HUBSPOT,
                                    fieldWrites,
                                    runId));
            out.followUps.add(
                    WorkItem.of(ExternalSystem.HUBSPOT, f.hubSpot(), WorkReason.LINKED, runId));
            f.values().errors().forEach(e -> out.errors.add(error(f.item(), f.record(), null, e)));
            out.done.add(f.item());
            if (f.values().errors().isEmpty()) {
                out.synced.add(salesforceId);
            }
        }
    }

    /**
     * S9: each contact's account's company becomes its HubSpot contact's primary company; the state
     * remembers both, so that the echo of that change in HubSpot is recognised.
     */
    private void associate(
            List<CompanySync.ContactAccount> accounts,
            Map<String, CrmRecord> records,
            Map<String, Link> linked,
            BatchOutcome out,
            Long runId) {
        if (accounts.isEmpty()) {
            return;
        }
        Map<String, String> failures;
        Map<String, String> companyOf;
        try {
            CompanySync.Associated associated = companies.associateFromSalesforce(accounts);
            failures = associated.failures();
            companyOf = associated.companies();
        } catch (ConnectorException e) {
            failures = new HashMap<>();
            companyOf = Map.of();
            for (CompanySync.ContactAccount a : accounts) {
                failures.put(a.salesforceId(), e.failure().message());
            }
        }
        Instant now = clock.instant();
        for (CompanySync.ContactAccount a : accounts) {
            String failure = failures.get(a.salesforceId());
            CrmRecord record = records.get(a.salesforceId());
            if (failure != null) {
                WorkItem item =
                        out.done.stream()
                                .filter(i -> i.recordId().equals(a.salesforceId()))
                                .findFirst()
                                .orElse(null);
                if (item != null) {
                    out.errors.add(
                            error(
                                    item,
                                    record,
                                    linked.get(a.salesforceId()),
                                    Failures.rejected(
                                            ErrorType.ASSOCIATIONS,
                                            "COMPANY_ASSOCIATION_FAILED",
                                            "The contact synced, but its company could not be"
                                                    + " associated: "
                                                    + failure,
                                            "AccountId")));
                    out.synced.remove(a.salesforceId());
                }
                continue;
            }
            FieldWrite state =
                    new FieldWrite(
                            CompanySync.ACCOUNT_STATE,
                            companyOf.get(a.salesforceId()),
                            a.accountId(),
                            ExternalSystem.SALESFORCE,
                            record == null ? now : record.modifiedAt(),
                            "COMPANY_ASSOCIATION",
                            true);
            String salesforceId = a.salesforceId();
            out.linkChanges.add(
                    store -> {
                        Link link =
                                store.bySalesforceIds(LinkStore.CONTACT, List.of(salesforceId))
                                        .get(salesforceId);
                        if (link != null) {
                            store.recordSync(
                                    link.id(), ExternalSystem.HUBSPOT, List.of(state), runId, now);
                        }
                    });
        }
    }

    private static String account(CrmRecord record) {
        Object account = record.fields().get("AccountId");
        return account == null || account.toString().isBlank() ? null : account.toString();
    }

    private static boolean accountChanged(CrmRecord record, Map<String, FieldState> states) {
        String account = account(record);
        if (account == null) {
            return false;
        }
        FieldState state = states.get(CompanySync.ACCOUNT_STATE);
        return state == null || !account.equals(state.salesforceValue());
    }

    private void deleted(
            WorkItem item,
            Link link,
            ContactSettings contactSettings,
            List<Pending> deletes,
            BatchOutcome out) {
        if (link == null) {
            out.done.add(item);
            out.synced.add(item.recordId());
            return;
        }
        if (contactSettings.salesforceDeletes()
                == ContactSettings.SalesforceDeleteAction.DELETE_CONTACT) {
            deletes.add(new Pending(item, null, link, null));
        } else {
            Instant now = clock.instant();
            out.linkChanges.add(
                    store ->
                            store.unlink(
                                    link, ExternalSystem.SALESFORCE, deletedAt(item), false, now));
            out.done.add(item);
            out.synced.add(item.recordId());
        }
    }

    /** When Salesforce deleted the record, as its change said, or else now. */
    private Instant deletedAt(WorkItem item) {
        return item.modifiedAt() != null ? item.modifiedAt() : clock.instant();
    }

    /** A converted lead: its link moves to the new contact, which then syncs as usual. */
    private void converted(
            WorkItem item, CrmRecord record, Link link, Long runId, BatchOutcome out) {
        Object contactId = record.fields().get("ConvertedContactId");
        if (link != null && contactId != null) {
            String id = contactId.toString();
            out.linkChanges.add(
                    store -> {
                        Link holder = store.bySalesforceIds(LinkStore.CONTACT, List.of(id)).get(id);
                        if (holder == null) {
                            store.relink(link.id(), ContactSchema.CONTACT, id);
                        } else if (holder.id() != link.id()) {
                            store.delete(link.id());
                        }
                    });
            out.followUps.add(
                    WorkItem.byId(
                            ExternalSystem.SALESFORCE,
                            ContactSchema.CONTACT,
                            id,
                            WorkReason.LINKED,
                            runId));
        }
        out.done.add(item);
        out.synced.add(item.recordId());
    }

    private void writeUpdates(
            CrmConnector hubSpot, List<Pending> updates, BatchOutcome out, Long runId) {
        if (updates.isEmpty()) {
            return;
        }
        List<RecordWrite> writes =
                updates.stream()
                        .map(
                                p ->
                                        new RecordWrite(
                                                p.item().recordId(),
                                                p.link().hubSpotId(),
                                                null,
                                                p.values().toWrite()))
                        .toList();
        Map<String, Pending> byRef = new HashMap<>();
        updates.forEach(p -> byRef.put(p.item().recordId(), p));
        for (WriteResult result :
                Outcomes.written(
                        () ->
                                hubSpot.write(
                                        ContactSchema.HUBSPOT_TYPE, WriteOperation.UPDATE, writes),
                        writes)) {
            Pending p = byRef.get(result.reference());
            if (result.succeeded()) {
                settled(p.item(), p.link(), p.values(), out, runId);
            } else {
                Outcomes.failed(out, p.item(), result.failure(), error(p, result));
            }
        }
    }

    private void writeCreates(
            CrmConnector hubSpot,
            String salesforceType,
            Map<String, Pending> creates,
            BatchOutcome out,
            Long runId,
            List<CompanySync.ContactAccount> accounts) {
        if (creates.isEmpty()) {
            return;
        }
        List<RecordWrite> writes =
                creates.values().stream()
                        .map(
                                p ->
                                        new RecordWrite(
                                                p.item().recordId(),
                                                null,
                                                "email",
                                                p.values().toWrite()))
                        .toList();
        Map<String, Pending> byRef = new HashMap<>();
        creates.values().forEach(p -> byRef.put(p.item().recordId(), p));
        List<WriteResult> results =
                Outcomes.written(
                        () ->
                                hubSpot.write(
                                        ContactSchema.HUBSPOT_TYPE, WriteOperation.UPSERT, writes),
                        writes);
        Map<String, String> missingIds = idsOfUnchanged(hubSpot, results, byRef);
        for (WriteResult result : results) {
            Pending p = byRef.get(result.reference());
            if (!result.succeeded()) {
                Outcomes.failed(out, p.item(), result.failure(), error(p, result));
                continue;
            }
            String hubSpotId =
                    result.id() != null ? result.id() : missingIds.get(result.reference());
            if (hubSpotId == null) {
                out.retry.add(p.item());
                continue;
            }
            Link holder = links.byHubSpotIds(LinkStore.CONTACT, List.of(hubSpotId)).get(hubSpotId);
            if (holder != null
                    && !holder.salesforceId().equals(p.item().recordId())
                    && !(ContactSchema.LEAD.equals(holder.salesforceType())
                            && ContactSchema.CONTACT.equals(salesforceType))) {
                out.failed(p.item(), duplicate(p.item(), p.record(), holder.salesforceId()));
                continue;
            }
            Instant now = clock.instant();
            String salesforceId = p.item().recordId();
            List<FieldWrite> fieldWrites = p.values().fieldWrites();
            out.linkChanges.add(
                    store ->
                            store.linkAndRecord(
                                    new LinkStore.NewLink(
                                            LinkStore.CONTACT,
                                            hubSpotId,
                                            salesforceType,
                                            salesforceId,
                                            now),
                                    ExternalSystem.HUBSPOT,
                                    fieldWrites,
                                    runId));
            if (accounts != null && account(p.record()) != null) {
                accounts.add(
                        new CompanySync.ContactAccount(
                                hubSpotId, salesforceId, account(p.record())));
            }
            if (!result.created()) {
                out.followUps.add(
                        WorkItem.byId(
                                ExternalSystem.HUBSPOT,
                                ContactSchema.HUBSPOT_TYPE,
                                hubSpotId,
                                WorkReason.LINKED,
                                runId));
            }
            out.done.add(p.item());
            out.synced.add(p.item().recordId());
        }
    }

    /** An upsert that changed nothing may come back without an id: find those by email. */
    private Map<String, String> idsOfUnchanged(
            CrmConnector hubSpot, List<WriteResult> results, Map<String, Pending> byRef) {
        Map<String, String> emailToRef = new HashMap<>();
        for (WriteResult result : results) {
            if (result.succeeded() && result.id() == null) {
                emailToRef.put(
                        (String) byRef.get(result.reference()).values().toWrite().get("email"),
                        result.reference());
            }
        }
        Map<String, String> ids = new HashMap<>();
        if (emailToRef.isEmpty()) {
            return ids;
        }
        for (CrmRecord found :
                hubSpot.readByKey(
                        ContactSchema.HUBSPOT_TYPE,
                        "email",
                        emailToRef.keySet(),
                        List.of("email"))) {
            Object email = found.fields().get("email");
            if (email != null) {
                String ref = emailToRef.get(email.toString().toLowerCase(Locale.ROOT));
                if (ref != null) {
                    ids.put(ref, found.id());
                }
            }
        }
        return ids;
    }

    private void writeDeletes(CrmConnector hubSpot, List<Pending> deletes, BatchOutcome out) {
        if (deletes.isEmpty()) {
            return;
        }
        List<RecordWrite> writes =
                deletes.stream()
                        .map(
                                p ->
                                        new RecordWrite(
                                                p.item().recordId(),
                                                p.link().hubSpotId(),
                                                null,
                                                Map.of()))
                        .toList();
        Map<String, Pending> byRef = new HashMap<>();
        deletes.forEach(p -> byRef.put(p.item().recordId(), p));
        for (WriteResult result :
                Outcomes.written(
                        () ->
                                hubSpot.write(
                                        ContactSchema.HUBSPOT_TYPE, WriteOperation.DELETE, writes),
                        writes)) {
            Pending p = byRef.get(result.reference());
            if (result.succeeded() || "OBJECT_NOT_FOUND".equals(result.failure().code())) {
                Instant now = clock.instant();
                out.linkChanges.add(
                        store ->
                                store.unlink(
                                        p.link(),
                                        ExternalSystem.SALESFORCE,
                                        deletedAt(p.item()),
                                        true,
                                        now));
                out.done.add(p.item());
                out.synced.add(p.item().recordId());
            } else {
                Outcomes.failed(out, p.item(), result.failure(), error(p, result));
            }
        }
    }

    private void settled(
            WorkItem item, Link link, ContactValues change, BatchOutcome out, Long runId) {
        Instant now = clock.instant();
        List<FieldWrite> writes = change.fieldWrites();
        out.linkChanges.add(
                store -> store.recordSync(link.id(), ExternalSystem.HUBSPOT, writes, runId, now));
        out.done.add(item);
        if (change.errors().isEmpty()) {
            out.synced.add(item.recordId());
        }
    }

    private static Boolean asBoolean(Object value) {
        return value == null ? null : Boolean.valueOf(value.toString());
    }

    private RecordError duplicate(WorkItem item, CrmRecord record, String otherId) {
        return error(
                item,
                record,
                null,
                Failures.rejected(
                        ErrorType.DUPLICATES,
                        "DUPLICATE_EMAIL",
                        "Another Salesforce record ("
                                + otherId
                                + ") has the same email and is already synced with the HubSpot"
                                + " contact. HubSpot keeps one contact per email address.",
                        "Email"));
    }

    private RecordError error(Pending p, WriteResult result) {
        return error(p.item(), p.record(), p.link(), result.failure());
    }

    static RecordError error(
            WorkItem item, CrmRecord record, Link link, io.crmsync.spi.SyncFailure failure) {
        String field = failure.fields().isEmpty() ? null : failure.fields().getFirst();
        Object value = record == null || field == null ? null : valueOf(record, field);
        return new RecordError(
                ExternalSystem.SALESFORCE,
                item.objectType(),
                item.recordId(),
                link == null ? null : link.hubSpotId(),
                item.objectType(),
                item.recordId(),
                record == null ? null : Records.label(record),
                failure.type() == null ? ErrorType.CONNECTION : failure.type(),
                failure.code(),
                failure.message(),
                field,
                Failures.groupValue(failure, value));
    }

    /** HubSpot names the property ({@code email}); the record has the field ({@code Email}). */
    private static Object valueOf(CrmRecord record, String field) {
        Object value = record.fields().get(field);
        if (value != null) {
            return value;
        }
        return record.fields().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(field))
                .map(Map.Entry::getValue)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
