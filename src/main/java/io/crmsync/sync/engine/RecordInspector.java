package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connection.Connectors;
import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmRecord;
import io.crmsync.sync.RecordCompany;
import io.crmsync.sync.RecordDetails;
import io.crmsync.sync.RecordField;
import io.crmsync.sync.RecordQuery;
import io.crmsync.sync.RecordRef;
import io.crmsync.sync.RecordUnlink;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * One contact as the engine knows it, for the Record page: finds it on either side and through its
 * link, reads both sides live, and queues it for a sync now. No role checks: the service that calls
 * it makes them.
 */
@NamedInterface("engine")
@Component
public class RecordInspector {

    private final Connectors connectors;
    private final LinkStore links;
    private final PairSchema schema;
    private final CounterpartStates values;
    private final WorkQueue queue;
    private final SyncWorkers workers;
    private final Clock clock;
    private final Owners owners;
    private final RecordLocator locator;
    private final RecordSides sides;
    private final RecordHistory history;

    RecordInspector(
            Connectors connectors,
            LinkStore links,
            PairSchema schema,
            CounterpartStates values,
            WorkQueue queue,
            SyncWorkers workers,
            Clock clock,
            Owners owners,
            RecordLocator locator,
            RecordSides sides,
            RecordHistory history) {
        this.connectors = connectors;
        this.links = links;
        this.schema = schema;
        this.values = values;
        this.queue = queue;
        this.workers = workers;
        this.clock = clock;
        this.owners = owners;
        this.locator = locator;
        this.sides = sides;
        this.history = history;
    }

    /** The contact the query names, read live from both sides; empty when neither side has it. */
    public Optional<RecordDetails> find(RecordQuery query) {
        Optional<RecordLocator.Found> found =
                switch (query.kind()) {
                    case EMAIL -> locator.byEmail(query.value());
                    case HUBSPOT_ID -> locator.byHubSpotId(query.value());
                    case SALESFORCE_ID ->
                            locator.bySalesforceId(query.value(), query.salesforceType());
                    case UNRECOGNISED -> Optional.empty();
                };
        return found.map(this::details);
    }

    /**
     * Queues the record on each side it has, to be read afresh and synced, and wakes the workers.
     * Returns the sides queued.
     */
    public List<ExternalSystem> syncNow(RecordRef ref) {
        List<WorkItem> items = new ArrayList<>();
        if (ref.hubSpot() != null) {
            items.add(
                    WorkItem.byId(
                            ExternalSystem.HUBSPOT,
                            PairSchema.HUBSPOT_TYPE,
                            ref.hubSpot().value(),
                            WorkReason.SYNC_NOW,
                            null));
        }
        if (ref.salesforce() != null) {
            String type = ref.salesforce().objectType();
            if (!PairSchema.CONTACT.equals(type) && !PairSchema.LEAD.equals(type)) {
                throw new IllegalArgumentException("Not a lead or contact: " + ref);
            }
            items.add(
                    WorkItem.byId(
                            ExternalSystem.SALESFORCE,
                            type,
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
        String salesforceType =
                found.salesforceType() == null ? PairSchema.CONTACT : found.salesforceType();
        List<MappedField> mapped = schema.fields(salesforceType);
        CrmRecord hubSpot = sides.readHubSpot(found.hubSpotId(), mapped);
        CrmRecord salesforce = sides.readSalesforce(salesforceType, found.salesforceId(), mapped);
        Map<String, FieldState> salesforceInHubSpotTerms =
                salesforce == null
                        ? Map.of()
                        : values.ofSalesforce(salesforceType, mapped, salesforce);
        List<RecordField> fields =
                mapped.stream()
                        .map(
                                m -> {
                                    String left = value(hubSpot, m.property());
                                    String right = value(salesforce, m.salesforceName());
                                    FieldState converted =
                                            salesforceInHubSpotTerms.get(m.property());
                                    boolean differs =
                                            hubSpot != null
                                                    && salesforce != null
                                                    && !FieldDifferences.same(left, right)
                                                    && (converted == null
                                                            || !java.util.Objects.equals(
                                                                    io.crmsync.convert
                                                                            .ValueConverter
                                                                            .canonical(left),
                                                                    converted.salesforceValue()));
                                    String remedy =
                                            differs
                                                    ? FieldDifferences.remedy(
                                                            m.mapping(), left, right)
                                                    : null;
                                    boolean owner = Owners.isOwner(m);
                                    return new RecordField(
                                            m.property(),
                                            m.salesforceName(),
                                            m.mapping().rule(),
                                            owner ? owners.person(true, left) : left,
                                            owner ? owners.person(false, right) : right,
                                            differs && remedy == null,
                                            remedy);
                                })
                        .toList();
        Link link = found.link();
        return new RecordDetails(
                label(hubSpot, salesforce, found),
                found.hubSpotId() == null
                        ? null
                        : sides.hubSpotSide(found.hubSpotId(), hubSpot != null),
                found.salesforceId() == null
                        ? null
                        : sides.salesforceSide(
                                salesforceType, found.salesforceId(), salesforce != null),
                link == null ? null : history.linkOf(link.id()),
                company(hubSpot, salesforce),
                fields,
                link == null ? List.of() : history.provenance(link.id()),
                history.errors(found),
                link == null ? unlinkOf(found) : null);
    }

    private RecordUnlink unlinkOf(RecordLocator.Found found) {
        return links.lastUnlink(found.hubSpotId(), found.salesforceId())
                .map(
                        u ->
                                new RecordUnlink(
                                        u.deletedIn(),
                                        u.deletedAt(),
                                        u.deletedIn() == ExternalSystem.HUBSPOT
                                                ? u.salesforceType()
                                                : PairSchema.HUBSPOT_TYPE,
                                        u.otherDeleted()))
                .orElse(null);
    }

    /** The contact's HubSpot primary company and Salesforce account, with their names. */
    private RecordCompany company(CrmRecord hubSpot, CrmRecord salesforce) {
        String company = hubSpot == null ? null : value(hubSpot, PairSchema.PRIMARY_COMPANY);
        String account = salesforce == null ? null : value(salesforce, RecordSides.ACCOUNT_ID);
        if (company == null && account == null) {
            return null;
        }
        boolean linked =
                company != null
                        && account != null
                        && Optional.ofNullable(
                                        links.byHubSpotIds(LinkStore.COMPANY, List.of(company))
                                                .get(company))
                                .map(l -> account.equals(l.salesforceId()))
                                .orElse(false);
        return new RecordCompany(
                company,
                nameOf(connectors.hubSpot(), CompanySync.HUBSPOT_TYPE, company, "name"),
                account,
                nameOf(connectors.salesforce(), CompanySync.ACCOUNT, account, "Name"),
                linked);
    }

    /** A record's name, or null when there is no id or the CRM cannot say. */
    private static String nameOf(CrmConnector crm, String type, String id, String field) {
        if (id == null) {
            return null;
        }
        try {
            return crm.readByIds(type, List.of(id), List.of(field)).stream()
                    .findFirst()
                    .map(r -> value(r, field))
                    .orElse(null);
        } catch (ConnectorException e) {
            return null;
        }
    }

    private static String label(
            CrmRecord hubSpot, CrmRecord salesforce, RecordLocator.Found found) {
        for (CrmRecord record : Arrays.asList(salesforce, hubSpot)) {
            if (record == null) {
                continue;
            }
            boolean isHubSpot = record == hubSpot;
            String name =
                    (Objects.toString(value(record, isHubSpot ? "firstname" : "FirstName"), "")
                                    + " "
                                    + Objects.toString(
                                            value(record, isHubSpot ? "lastname" : "LastName"), ""))
                            .strip();
            String email = value(record, isHubSpot ? "email" : "Email");
            if (!name.isEmpty()) {
                return email == null ? name : name + " <" + email + ">";
            }
            if (email != null) {
                return email;
            }
        }
        return Objects.requireNonNullElse(found.salesforceId(), found.hubSpotId());
    }

    private static String value(CrmRecord record, String field) {
        if (record == null) {
            return null;
        }
        Object value = record.fields().get(field);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
