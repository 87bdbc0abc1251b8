package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.ErrorType;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.SyncFailure;
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
 * HubSpot contacts to Salesforce leads or contacts (PRODUCT.md S8, S10, S12): only contacts in the
 * inclusion list, matched by email before anything is created, created as the setting says with an
 * upsert on {@code HubSpot_Id__c} so that a retry never makes a second record. A HubSpot delete
 * never deletes anything in Salesforce.
 */
@Component
class HubSpotToSalesforce {

    static final String EXTERNAL_ID = "HubSpot_Id__c";
    static final String NO_COMPANY = "[not provided]";
    private static final String COMPANY_RULE = "COMPANY_ASSOCIATION";
    private static final String MOVE_FAILED =
            "The contact synced, but its new HubSpot company could not be given to its Salesforce"
                    + " contact: ";

    private record Pending(
            WorkItem item,
            CrmRecord record,
            String salesforceType,
            String salesforceId,
            boolean newLink,
            CrmRecord matched,
            ContactValues values) {}

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

    HubSpotToSalesforce(
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

    BatchOutcome sync(List<WorkItem> items, Long runId) {
        BatchOutcome out = new BatchOutcome();
        Map<String, CrmRecord> records =
                Records.resolve(
                        connectors.hubSpot(),
                        ContactSchema.HUBSPOT_TYPE,
                        items,
                        stamps.hubSpotProperties());
        Map<String, Link> linked =
                links.byHubSpotIds(
                        LinkStore.CONTACT, items.stream().map(WorkItem::recordId).toList());
        Map<Long, Map<String, FieldState>> states =
                links.states(linked.values().stream().map(Link::id).toList());
        SkippedFields.Lookup skipped =
                skippedFields.load(
                        items.stream().map(WorkItem::recordId).toList(),
                        linked.values().stream().map(Link::salesforceId).toList());
        List<Pending> updates = new ArrayList<>();
        List<CompanyCheck> companyChecks = new ArrayList<>();
        Map<String, WorkItem> unlinked = new LinkedHashMap<>();
        Map<String, String> stamped = new LinkedHashMap<>();
        Map<String, Map<String, FieldState>> linkStates = new HashMap<>();
        for (WorkItem item : items) {
            CrmRecord record = records.get(item.recordId());
            Link link = linked.get(item.recordId());
            if (record == null || record.deleted()) {
                if (link != null) {
                    // A HubSpot deletion never deletes in Salesforce: the link goes, the record
                    // stays, and the Records page tells why.
                    Instant now = clock.instant();
                    Instant deletedAt =
                            record != null && record.modifiedAt() != null
                                    ? record.modifiedAt()
                                    : now;
                    out.linkChanges.add(
                            store ->
                                    store.unlink(
                                            link, ExternalSystem.HUBSPOT, deletedAt, false, now));
                }
                done(out, item);
                continue;
            }
            if (!inclusion.contains(item.recordId())) {
                done(out, item);
                continue;
            }
            if (link != null) {
                linkStates.put(item.recordId(), states.getOrDefault(link.id(), Map.of()));
                ContactValues change =
                        values.fromHubSpot(
                                link.salesforceType(),
                                record,
                                states.getOrDefault(link.id(), Map.of()),
                                false,
                                null,
                                skipped.of(item.recordId(), link.salesforceId()));
                change.errors()
                        .forEach(
                                e ->
                                        out.errors.add(
                                                error(
                                                        item,
                                                        record,
                                                        link.salesforceType(),
                                                        link.salesforceId(),
                                                        e)));
                Pending p =
                        new Pending(
                                item,
                                record,
                                link.salesforceType(),
                                link.salesforceId(),
                                false,
                                null,
                                change);
                if (ContactSchema.CONTACT.equals(link.salesforceType())
                        && record.fields().containsKey(ContactSchema.PRIMARY_COMPANY)) {
                    companyChecks.add(
                            new CompanyCheck(
                                    p,
                                    blankToNull(record.fields().get(ContactSchema.PRIMARY_COMPANY)),
                                    states.getOrDefault(link.id(), Map.of())
                                            .get(CompanySync.ACCOUNT_STATE)));
                }
                // An update with nothing to write is settled without a call.
                updates.add(p);
                continue;
            }
            String email = Records.email(record, "email");
            if (email == null) {
                out.failed(
                        item,
                        error(
                                item,
                                record,
                                null,
                                null,
                                Failures.rejected(
                                        ErrorType.PROPERTY_VALUES,
                                        "EMAIL_MISSING",
                                        "Salesforce records are matched by email, and this HubSpot"
                                                + " contact has none, so it is not synced.",
                                        "email")));
                continue;
            }
            unlinked.put(email, item);
            String origin = OriginStamps.stamp(record, OriginStamps.HUBSPOT_PROPERTY);
            if (origin != null) {
                stamped.put(email, origin);
            }
        }
        List<Pending> creates = new ArrayList<>();
        int firstNewUpdate = updates.size();
        linkStamped(stamped, unlinked, records, updates, out, skipped);
        match(unlinked, records, updates, creates, out, skipped);
        if (settings.contactSettings().autoCreateCompanies()) {
            List<Pending> newLinks = new ArrayList<>(creates);
            newLinks.addAll(updates.subList(firstNewUpdate, updates.size()));
            setAccounts(newLinks, out);
            followCompanies(companyChecks, out);
        }
        CrmConnector salesforce = connectors.salesforce();
        Map<String, List<Pending>> updatesByType = new LinkedHashMap<>();
        updates.forEach(
                p ->
                        updatesByType
                                .computeIfAbsent(p.salesforceType(), t -> new ArrayList<>())
                                .add(p));
        updatesByType.forEach(
                (type, pending) -> {
                    recheck(type, pending, linkStates, out, runId);
                    write(salesforce, type, WriteOperation.UPDATE, pending, out, runId);
                });
        Map<String, List<Pending>> createsByType = new LinkedHashMap<>();
        creates.forEach(
                p ->
                        createsByType
                                .computeIfAbsent(p.salesforceType(), t -> new ArrayList<>())
                                .add(p));
        createsByType.forEach(
                (type, pending) ->
                        write(salesforce, type, WriteOperation.UPSERT, pending, out, runId));
        return out;
    }

    /**
     * Finds the Salesforce contacts and unconverted leads with the emails of unlinked HubSpot
     * contacts; a contact is preferred to a lead. The rest are created.
     */
    private void match(
            Map<String, WorkItem> unlinked,
            Map<String, CrmRecord> records,
            List<Pending> updates,
            List<Pending> creates,
            BatchOutcome out,
            SkippedFields.Lookup skipped) {
        if (unlinked.isEmpty()) {
            return;
        }
        CrmConnector salesforce = connectors.salesforce();
        Map<String, CrmRecord> found = new HashMap<>();
        for (String type : List.of(ContactSchema.LEAD, ContactSchema.CONTACT)) {
            for (CrmRecord r :
                    salesforce.readByKey(
                            type, "Email", unlinked.keySet(), stamps.salesforceFields(type))) {
                if (Boolean.parseBoolean(
                        Objects.toString(r.fields().get("IsConverted"), "false"))) {
                    continue;
                }
                String email =
                        Objects.toString(r.fields().get("Email"), "").toLowerCase(Locale.ROOT);
                found.put(email, r);
            }
        }
        Map<String, Link> holders =
                links.bySalesforceIds(
                        LinkStore.CONTACT, found.values().stream().map(CrmRecord::id).toList());
        ContactSettings contactSettings = settings.contactSettings();
        for (Map.Entry<String, WorkItem> entry : unlinked.entrySet()) {
            WorkItem item = entry.getValue();
            CrmRecord record = records.get(item.recordId());
            CrmRecord matched = found.get(entry.getKey());
            if (matched != null) {
                Link holder = holders.get(matched.id());
                if (holder != null && !holder.hubSpotId().equals(item.recordId())) {
                    out.failed(
                            item,
                            error(
                                    item,
                                    record,
                                    matched.objectType(),
                                    matched.id(),
                                    Failures.rejected(
                                            ErrorType.DUPLICATES,
                                            "DUPLICATE_EMAIL",
                                            "The Salesforce "
                                                    + matched.objectType().toLowerCase(Locale.ROOT)
                                                    + " with this email is already synced with"
                                                    + " another HubSpot contact ("
                                                    + holder.hubSpotId()
                                                    + ").",
                                            "email")));
                    continue;
                }
                updates.add(matchedPending(item, record, matched, out, skipped));
                continue;
            }
            String type =
                    contactSettings.hubSpotTarget() == ContactSettings.HubSpotTarget.LEAD
                            ? ContactSchema.LEAD
                            : ContactSchema.CONTACT;
            ContactValues change =
                    values.fromHubSpot(
                            type, record, Map.of(), true, null, skipped.of(item.recordId(), null));
            change.errors().forEach(e -> out.errors.add(error(item, record, type, null, e)));
            change.toWrite().put(EXTERNAL_ID, item.recordId());
            if (ContactSchema.LEAD.equals(type) && change.toWrite().get("Company") == null) {
                change.toWrite().put("Company", NO_COMPANY);
            }
            creates.add(new Pending(item, record, type, null, true, null, change));
        }
    }

    /**
     * Leaves out of the updates of linked records the fields that changed in Salesforce since, in
     * a newer change; those records are synced back.
     */
    private void recheck(
            String type,
            List<Pending> pending,
            Map<String, Map<String, FieldState>> linkStates,
            BatchOutcome out,
            Long runId) {
        List<FreshTargets.Planned> planned =
                pending.stream()
                        .filter(p -> !p.newLink())
                        .map(
                                p ->
                                        new FreshTargets.Planned(
                                                p.salesforceId(),
                                                p.record().modifiedAt(),
                                                linkStates.getOrDefault(
                                                        p.item().recordId(), Map.of()),
                                                p.values()))
                        .toList();
        for (String id : fresh.checkSalesforce(type, planned)) {
            out.followUps.add(
                    WorkItem.byId(ExternalSystem.SALESFORCE, type, id, WorkReason.CHANGE, runId));
        }
    }

    /**
     * Links HubSpot contacts stamped with the Salesforce record they were created from or linked
     * to, when that record exists and is linked to no other contact: a link a crash kept from
     * being stored is made again, whatever the emails became meanwhile.
     */
    private void linkStamped(
            Map<String, String> stamped,
            Map<String, WorkItem> unlinked,
            Map<String, CrmRecord> records,
            List<Pending> updates,
            BatchOutcome out,
            SkippedFields.Lookup skipped) {
        if (stamped.isEmpty()) {
            return;
        }
        Map<String, CrmRecord> origins = stamps.salesforceByIds(stamped.values());
        Map<String, Link> holders = links.bySalesforceIds(LinkStore.CONTACT, origins.keySet());
        stamped.forEach(
                (email, salesforceId) -> {
                    CrmRecord origin = origins.get(salesforceId);
                    if (origin == null
                            || holders.containsKey(salesforceId)
                            || Boolean.parseBoolean(
                                    Objects.toString(origin.fields().get("IsConverted"), "false"))) {
                        return;
                    }
                    WorkItem item = unlinked.remove(email);
                    CrmRecord record = records.get(item.recordId());
                    updates.add(matchedPending(item, record, origin, out, skipped));
                });
    }

    /** A HubSpot contact about to be linked with the Salesforce record it matched. */
    private Pending matchedPending(
            WorkItem item,
            CrmRecord record,
            CrmRecord matched,
            BatchOutcome out,
            SkippedFields.Lookup skipped) {
        ContactValues change =
                values.fromHubSpot(
                        matched.objectType(),
                        record,
                        Map.of(),
                        false,
                        matched,
                        skipped.of(item.recordId(), matched.id()));
        change.errors()
                .forEach(
                        e ->
                                out.errors.add(
                                        error(
                                                item,
                                                record,
                                                matched.objectType(),
                                                matched.id(),
                                                e)));
        if (!item.recordId().equals(OriginStamps.stamp(matched, EXTERNAL_ID))) {
            change.toWrite().put(EXTERNAL_ID, item.recordId());
        }
        return new Pending(item, record, matched.objectType(), matched.id(), true, matched, change);
    }

    /**
     * S9: a new Salesforce contact gets the account of its HubSpot primary company (the contact's
     * {@code associatedcompanyid}, read with it, so no extra call), found through the company's
     * other contacts or created; a matched contact keeps the account it has.
     */
    private void setAccounts(List<Pending> newLinks, BatchOutcome out) {
        List<Pending> needing =
                newLinks.stream()
                        .filter(p -> ContactSchema.CONTACT.equals(p.salesforceType()))
                        .filter(
                                p ->
                                        p.matched() == null
                                                || p.matched().fields().get("AccountId") == null)
                        .toList();
        if (needing.isEmpty()) {
            return;
        }
        Map<String, String> primaryCompanies = new HashMap<>();
        List<String> unread = new ArrayList<>();
        for (Pending p : needing) {
            Map<String, Object> fields = p.record().fields();
            if (fields.containsKey(ContactSchema.PRIMARY_COMPANY)) {
                primaryCompanies.put(
                        p.item().recordId(),
                        Objects.toString(fields.get(ContactSchema.PRIMARY_COMPANY), null));
            } else {
                unread.add(p.item().recordId());
            }
        }
        Map<String, String> accounts;
        try {
            accounts = companies.accountsForHubSpotContacts(primaryCompanies, unread);
        } catch (ConnectorException e) {
            for (Pending p : needing) {
                out.errors.add(
                        companyError(
                                p,
                                "The contact's company could not be found or created in"
                                        + " Salesforce: "
                                        + e.failure().message()));
            }
            return;
        }
        for (Pending p : needing) {
            String account = accounts.get(p.item().recordId());
            if (account != null) {
                p.values().toWrite().put("AccountId", account);
                p.values()
                        .fieldWrites()
                        .add(companyState(p, primaryCompanies.get(p.item().recordId()), account));
            }
        }
    }

    /** A linked contact, its primary company as HubSpot returned it, and the company state. */
    private record CompanyCheck(Pending pending, String company, FieldState state) {}

    /**
     * S9 after linking: a HubSpot contact whose primary company changed moves its Salesforce
     * contact to that company's account, found or created. A contact whose company was removed, or
     * whose company was never seen before, keeps its account; the new company is remembered.
     */
    private void followCompanies(List<CompanyCheck> checks, BatchOutcome out) {
        Map<String, String> changed = new LinkedHashMap<>();
        List<CompanyCheck> moving = new ArrayList<>();
        for (CompanyCheck c : checks) {
            String known = c.state() == null ? null : c.state().hubSpotValue();
            // States written before companies were followed hold the account id on both sides.
            boolean knownCompany = known != null && known.chars().allMatch(Character::isDigit);
            if (knownCompany && Objects.equals(known, c.company())) {
                continue;
            }
            if (!knownCompany || c.company() == null) {
                c.pending().values().fieldWrites().add(observedCompany(c));
                continue;
            }
            changed.put(c.pending().item().recordId(), c.company());
            moving.add(c);
        }
        if (changed.isEmpty()) {
            return;
        }
        Map<String, String> accounts;
        try {
            accounts = companies.accountsForHubSpotContacts(changed, List.of());
        } catch (ConnectorException e) {
            moving.forEach(
                    c ->
                            out.errors.add(
                                    companyError(
                                            c.pending(), MOVE_FAILED + e.failure().message())));
            return;
        }
        for (CompanyCheck c : moving) {
            Pending p = c.pending();
            String account = accounts.get(p.item().recordId());
            if (account == null) {
                out.errors.add(
                        companyError(
                                p, MOVE_FAILED + "its account could not be found or created."));
            } else if (c.state() != null && account.equals(c.state().salesforceValue())) {
                p.values().fieldWrites().add(observedCompany(c));
            } else {
                p.values().toWrite().put("AccountId", account);
                p.values().fieldWrites().add(companyState(p, c.company(), account));
            }
        }
    }

    private static FieldWrite companyState(Pending p, String company, String account) {
        return new FieldWrite(
                CompanySync.ACCOUNT_STATE,
                company,
                account,
                ExternalSystem.HUBSPOT,
                p.record().modifiedAt(),
                COMPANY_RULE,
                true);
    }

    /** The contact's company as seen in HubSpot, its account as it was: nothing is written. */
    private static FieldWrite observedCompany(CompanyCheck c) {
        FieldState state = c.state();
        return new FieldWrite(
                CompanySync.ACCOUNT_STATE,
                c.company(),
                state == null ? null : state.salesforceValue(),
                state == null ? ExternalSystem.HUBSPOT : state.source(),
                state == null ? c.pending().record().modifiedAt() : state.sourceModifiedAt(),
                COMPANY_RULE,
                false);
    }

    private RecordError companyError(Pending p, String message) {
        return error(
                p.item(),
                p.record(),
                p.salesforceType(),
                p.salesforceId(),
                Failures.rejected(
                        ErrorType.ASSOCIATIONS,
                        "COMPANY_ASSOCIATION_FAILED",
                        message,
                        "AccountId"));
    }

    private static String blankToNull(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private void write(
            CrmConnector salesforce,
            String type,
            WriteOperation operation,
            List<Pending> pending,
            BatchOutcome out,
            Long runId) {
        List<Pending> toSend = new ArrayList<>();
        for (Pending p : pending) {
            if (operation == WriteOperation.UPDATE && p.values().toWrite().isEmpty()) {
                settled(p, out, runId);
            } else {
                toSend.add(p);
            }
        }
        if (toSend.isEmpty()) {
            return;
        }
        List<RecordWrite> writes =
                toSend.stream()
                        .map(
                                p ->
                                        new RecordWrite(
                                                p.item().recordId(),
                                                p.salesforceId(),
                                                operation == WriteOperation.UPSERT
                                                        ? EXTERNAL_ID
                                                        : null,
                                                p.values().toWrite()))
                        .toList();
        Map<String, Pending> byRef = new HashMap<>();
        toSend.forEach(p -> byRef.put(p.item().recordId(), p));
        for (WriteResult result :
                Outcomes.written(() -> salesforce.write(type, operation, writes), writes)) {
            Pending p = byRef.get(result.reference());
            if (result.succeeded()) {
                String id = result.id() != null ? result.id() : p.salesforceId();
                settled(
                        new Pending(
                                p.item(),
                                p.record(),
                                p.salesforceType(),
                                id,
                                p.newLink(),
                                p.matched(),
                                p.values()),
                        out,
                        runId);
            } else {
                if ("INVALID_FIELD".equals(result.failure().code())) {
                    schema.invalidate();
                }
                Outcomes.failed(
                        out,
                        p.item(),
                        result.failure(),
                        error(
                                p.item(),
                                p.record(),
                                p.salesforceType(),
                                p.salesforceId(),
                                result.failure()));
            }
        }
    }

    private void settled(Pending p, BatchOutcome out, Long runId) {
        Instant now = clock.instant();
        List<FieldWrite> writes = p.values().fieldWrites();
        String hubSpotId = p.item().recordId();
        if (p.newLink()) {
            out.linkChanges.add(
                    store ->
                            store.linkAndRecord(
                                    new LinkStore.NewLink(
                                            LinkStore.CONTACT,
                                            hubSpotId,
                                            p.salesforceType(),
                                            p.salesforceId(),
                                            now),
                                    ExternalSystem.SALESFORCE,
                                    writes,
                                    runId));
            if (p.matched() != null) {
                out.followUps.add(
                        WorkItem.of(
                                ExternalSystem.SALESFORCE, p.matched(), WorkReason.LINKED, runId));
            }
        } else {
            out.linkChanges.add(
                    store -> {
                        Link link =
                                store.byHubSpotIds(LinkStore.CONTACT, List.of(hubSpotId))
                                        .get(hubSpotId);
                        if (link != null) {
                            store.recordSync(
                                    link.id(), ExternalSystem.SALESFORCE, writes, runId, now);
                        }
                    });
        }
        out.done.add(p.item());
        if (p.values().errors().isEmpty()) {
            out.synced.add(p.item().recordId());
        }
    }

    private static void done(BatchOutcome out, WorkItem item) {
        out.done.add(item);
        out.synced.add(item.recordId());
    }

    private RecordError error(
            WorkItem item,
            CrmRecord record,
            String salesforceType,
            String salesforceId,
            SyncFailure failure) {
        String field = failure.fields().isEmpty() ? null : failure.fields().getFirst();
        Object value = null;
        if (record != null && field != null) {
            value = record.fields().get(field);
            if (value == null && salesforceType != null) {
                String property = propertyFor(salesforceType, field);
                value = property == null ? null : record.fields().get(property);
            }
        }
        return new RecordError(
                ExternalSystem.HUBSPOT,
                item.objectType(),
                item.recordId(),
                item.recordId(),
                salesforceType,
                salesforceId,
                record == null ? null : Records.label(record),
                failure.type() == null ? ErrorType.CONNECTION : failure.type(),
                failure.code(),
                failure.message(),
                field,
                Failures.groupValue(failure, value));
    }

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
