package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.base.SandboxLink;
import io.crmsync.spi.ActiveConnections;
import io.crmsync.spi.ConnectionSettings;
import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.ErrorType;
import io.crmsync.sync.RecordCompany;
import io.crmsync.sync.RecordDetails;
import io.crmsync.sync.RecordErrorSummary;
import io.crmsync.sync.RecordField;
import io.crmsync.sync.RecordLink;
import io.crmsync.sync.RecordProvenanceEntry;
import io.crmsync.sync.RecordQuery;
import io.crmsync.sync.RecordRef;
import io.crmsync.sync.RecordSide;
import io.crmsync.sync.RecordUnlink;
import io.crmsync.sync.internal.Connectors;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One contact as the engine knows it, for the Record page: finds it on either side and through its
 * link, reads both sides live, and queues it for a sync now. No role checks: the service that calls
 * it makes them.
 */
@Component
public class RecordInspector {

    private static final int PROVENANCE_LIMIT = 500;
    private static final String ACCOUNT_ID = "AccountId";

    private record Found(Link link, String hubSpotId, String salesforceType, String salesforceId) {

        static Found of(Link link) {
            return new Found(link, link.hubSpotId(), link.salesforceType(), link.salesforceId());
        }
    }

    private final Connectors connectors;
    private final ActiveConnections connections;
    private final LinkStore links;
    private final ContactSchema schema;
    private final CounterpartStates values;
    private final WorkQueue queue;
    private final SyncWorkers workers;
    private final JdbcClient jdbc;
    private final Clock clock;

    private final Owners owners;

    RecordInspector(
            Connectors connectors,
            ActiveConnections connections,
            LinkStore links,
            ContactSchema schema,
            CounterpartStates values,
            WorkQueue queue,
            SyncWorkers workers,
            JdbcClient jdbc,
            Clock clock,
            Owners owners) {
        this.owners = owners;
        this.connectors = connectors;
        this.connections = connections;
        this.links = links;
        this.schema = schema;
        this.values = values;
        this.queue = queue;
        this.workers = workers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The contact the query names, read live from both sides; empty when neither side has it. */
    public Optional<RecordDetails> find(RecordQuery query) {
        Optional<Found> found =
                switch (query.kind()) {
                    case EMAIL -> byEmail(query.value());
                    case HUBSPOT_ID -> byHubSpotId(query.value());
                    case SALESFORCE_ID -> bySalesforceId(query.value(), query.salesforceType());
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
        if (ref.hubSpotId() != null) {
            items.add(
                    WorkItem.byId(
                            ExternalSystem.HUBSPOT,
                            ContactSchema.HUBSPOT_TYPE,
                            ref.hubSpotId(),
                            WorkReason.SYNC_NOW,
                            null));
        }
        if (ref.salesforceId() != null) {
            if (!ContactSchema.CONTACT.equals(ref.salesforceType())
                    && !ContactSchema.LEAD.equals(ref.salesforceType())) {
                throw new IllegalArgumentException("Not a lead or contact: " + ref);
            }
            items.add(
                    WorkItem.byId(
                            ExternalSystem.SALESFORCE,
                            ref.salesforceType(),
                            ref.salesforceId(),
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

    private Optional<Found> byHubSpotId(String id) {
        Link link = links.byHubSpotIds(LinkStore.CONTACT, List.of(id)).get(id);
        if (link != null) {
            return Optional.of(Found.of(link));
        }
        Optional<LinkStore.Unlink> unlinked = links.lastUnlink(id, null);
        return connectors
                .hubSpot()
                .readByIds(ContactSchema.HUBSPOT_TYPE, List.of(id), List.of("email"))
                .stream()
                .findFirst()
                .map(r -> new Found(null, r.id(), null, null))
                .or(
                        () ->
                                unlinked.map(
                                        u ->
                                                new Found(
                                                        null,
                                                        id,
                                                        u.salesforceType(),
                                                        u.salesforceId())));
    }

    private Optional<Found> bySalesforceId(String id, String type) {
        Link link = links.bySalesforceIds(LinkStore.CONTACT, List.of(id)).get(id);
        if (link != null) {
            return Optional.of(Found.of(link));
        }
        String deletedHubSpotId =
                links.lastUnlink(null, id).map(LinkStore.Unlink::hubSpotId).orElse(null);
        return connectors.salesforce().readByIds(type, List.of(id), List.of("Email")).stream()
                .findFirst()
                .map(r -> new Found(null, deletedHubSpotId, type, r.id()));
    }

    private Optional<Found> byEmail(String email) {
        List<CrmRecord> hubSpot =
                connectors
                        .hubSpot()
                        .readByKey(
                                ContactSchema.HUBSPOT_TYPE,
                                "email",
                                List.of(email),
                                List.of("email"));
        CrmConnector salesforce = connectors.salesforce();
        List<CrmRecord> contacts =
                salesforce.readByKey(
                        ContactSchema.CONTACT, "Email", List.of(email), List.of("Email"));
        List<CrmRecord> leads =
                salesforce.readByKey(ContactSchema.LEAD, "Email", List.of(email), List.of("Email"));
        List<String> hubSpotIds = hubSpot.stream().map(CrmRecord::id).toList();
        List<String> salesforceIds =
                Stream.concat(contacts.stream(), leads.stream()).map(CrmRecord::id).toList();
        Optional<Link> link =
                Stream.concat(
                                links.byHubSpotIds(LinkStore.CONTACT, hubSpotIds).values().stream(),
                                links
                                        .bySalesforceIds(LinkStore.CONTACT, salesforceIds)
                                        .values()
                                        .stream())
                        .min(Comparator.comparingLong(Link::id));
        if (link.isPresent()) {
            return link.map(Found::of);
        }
        CrmRecord person =
                !contacts.isEmpty() ? contacts.getFirst() : leads.stream().findFirst().orElse(null);
        String hubSpotId = hubSpotIds.stream().findFirst().orElse(null);
        if (hubSpotId == null && person == null) {
            return Optional.empty();
        }
        return Optional.of(
                new Found(
                        null,
                        hubSpotId,
                        person == null ? null : person.objectType(),
                        person == null ? null : person.id()));
    }

    private RecordDetails details(Found found) {
        String salesforceType =
                found.salesforceType() == null ? ContactSchema.CONTACT : found.salesforceType();
        List<MappedField> mapped = schema.fields(salesforceType);
        CrmRecord hubSpot = readHubSpot(found.hubSpotId(), mapped);
        CrmRecord salesforce = readSalesforce(salesforceType, found.salesforceId(), mapped);
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
                                                    && !same(left, right)
                                                    && (converted == null
                                                            || !java.util.Objects.equals(
                                                                    io.crmsync.sync.convert
                                                                            .ValueConverter
                                                                            .canonical(left),
                                                                    converted.salesforceValue()));
                                    String remedy =
                                            differs ? remedy(m.mapping(), left, right) : null;
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
                found.hubSpotId() == null ? null : hubSpotSide(found.hubSpotId(), hubSpot != null),
                found.salesforceId() == null
                        ? null
                        : salesforceSide(salesforceType, found.salesforceId(), salesforce != null),
                link == null ? null : linkOf(link.id()),
                company(hubSpot, salesforce),
                fields,
                link == null ? List.of() : provenance(link.id()),
                errors(found),
                link == null ? unlinkOf(found) : null);
    }

    private RecordUnlink unlinkOf(Found found) {
        return links.lastUnlink(found.hubSpotId(), found.salesforceId())
                .map(
                        u ->
                                new RecordUnlink(
                                        u.deletedIn(),
                                        u.deletedAt(),
                                        u.deletedIn() == ExternalSystem.HUBSPOT
                                                ? u.salesforceType()
                                                : ContactSchema.HUBSPOT_TYPE,
                                        u.otherDeleted()))
                .orElse(null);
    }

    /**
     * Why a HubSpot and a Salesforce value differ by the mapping's own choice: Salesforce holds the
     * start of a text it could not take whole, or the mapping's default value for a blank one.
     */
    static String remedy(io.crmsync.sync.FieldMapping mapping, String hubSpot, String salesforce) {
        if (salesforce == null || salesforce.isEmpty()) {
            return null;
        }
        if (mapping.truncate()
                && hubSpot != null
                && hubSpot.length() > salesforce.length()
                && hubSpot.startsWith(salesforce)) {
            return RecordField.TRUNCATED;
        }
        if (salesforce.equals(mapping.defaultValue()) && (hubSpot == null || hubSpot.isBlank())) {
            return RecordField.DEFAULTED;
        }
        return null;
    }

    /** The contact's HubSpot primary company and Salesforce account, with their names. */
    private RecordCompany company(CrmRecord hubSpot, CrmRecord salesforce) {
        String company = hubSpot == null ? null : value(hubSpot, ContactSchema.PRIMARY_COMPANY);
        String account = salesforce == null ? null : value(salesforce, ACCOUNT_ID);
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

    private CrmRecord readHubSpot(String id, List<MappedField> mapped) {
        if (id == null) {
            return null;
        }
        Set<String> names =
                new LinkedHashSet<>(
                        List.of("email", "firstname", "lastname", ContactSchema.PRIMARY_COMPANY));
        mapped.forEach(m -> names.add(m.property()));
        return connectors
                .hubSpot()
                .readByIds(ContactSchema.HUBSPOT_TYPE, List.of(id), List.copyOf(names))
                .stream()
                .findFirst()
                .orElse(null);
    }

    private CrmRecord readSalesforce(String type, String id, List<MappedField> mapped) {
        if (id == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>(List.of("Email", "FirstName", "LastName"));
        if (ContactSchema.CONTACT.equals(type)) {
            names.add(ACCOUNT_ID);
        }
        mapped.forEach(m -> names.add(m.salesforceName()));
        return connectors.salesforce().readByIds(type, List.of(id), List.copyOf(names)).stream()
                .findFirst()
                .orElse(null);
    }

    private RecordSide hubSpotSide(String id, boolean exists) {
        boolean sandbox =
                connections
                        .current(ExternalSystem.HUBSPOT)
                        .map(ConnectionSettings::sandbox)
                        .orElse(false);
        String url =
                sandbox
                        ? sandboxLink(ExternalSystem.HUBSPOT, ContactSchema.HUBSPOT_TYPE, id)
                        : null;
        if (!sandbox) {
            try {
                String portal = connectors.hubSpot().identity().accountId();
                url = "https://app.hubspot.com/contacts/" + portal + "/record/0-1/" + id;
            } catch (RuntimeException unreachable) {
                url = null;
            }
        }
        return new RecordSide(
                ExternalSystem.HUBSPOT, ContactSchema.HUBSPOT_TYPE, id, url, sandbox, exists);
    }

    private RecordSide salesforceSide(String type, String id, boolean exists) {
        boolean sandbox =
                connections
                        .current(ExternalSystem.SALESFORCE)
                        .map(ConnectionSettings::sandbox)
                        .orElse(false);
        String url = sandbox ? sandboxLink(ExternalSystem.SALESFORCE, type, id) : null;
        if (!sandbox) {
            try {
                String instance = connectors.salesforce().identity().baseUrl();
                url = instance + "/lightning/r/" + type + "/" + id + "/view";
            } catch (RuntimeException unreachable) {
                url = null;
            }
        }
        return new RecordSide(ExternalSystem.SALESFORCE, type, id, url, sandbox, exists);
    }

    private static String sandboxLink(ExternalSystem system, String type, String id) {
        return id == null || type == null ? null : new SandboxLink(system, type, id).location();
    }

    private RecordLink linkOf(long id) {
        return jdbc.sql("SELECT * FROM sync_link WHERE id = ?")
                .param(id)
                .query(
                        (rs, n) ->
                                new RecordLink(
                                        rs.getLong("id"),
                                        instant(rs, "created_at"),
                                        instant(rs, "last_synced_at"),
                                        nullableLong(rs, "last_run_id"),
                                        system(rs.getString("last_direction"))))
                .single();
    }

    private List<RecordProvenanceEntry> provenance(long linkId) {
        return jdbc.sql(
                        "SELECT * FROM sync_provenance WHERE link_id = ?"
                                + " ORDER BY written_at DESC, id DESC LIMIT ?")
                .params(linkId, PROVENANCE_LIMIT)
                .query(
                        (rs, n) ->
                                new RecordProvenanceEntry(
                                        instant(rs, "written_at"),
                                        rs.getString("field"),
                                        rs.getString("field_value"),
                                        system(rs.getString("source")),
                                        system(rs.getString("target")),
                                        rs.getString("rule_name"),
                                        nullableLong(rs, "run_id"),
                                        instant(rs, "source_modified_at")))
                .list();
    }

    private List<RecordErrorSummary> errors(Found found) {
        // An error names the record it came from, and the other side's when it was known.
        String hubSpotId = Objects.requireNonNullElse(found.hubSpotId(), "");
        String salesforceId = Objects.requireNonNullElse(found.salesforceId(), "");
        return jdbc.sql(
                        """
                        SELECT * FROM sync_error
                        WHERE hubspot_id = ? OR salesforce_id = ? OR record_id IN (?, ?)
                        ORDER BY last_tried DESC, id DESC
                        """)
                .params(hubSpotId, salesforceId, hubSpotId, salesforceId)
                .query(
                        (rs, n) ->
                                new RecordErrorSummary(
                                        system(rs.getString("source")),
                                        rs.getString("object_type"),
                                        rs.getString("record_id"),
                                        ErrorType.valueOf(rs.getString("error_type")),
                                        rs.getString("code"),
                                        rs.getString("message"),
                                        rs.getString("field"),
                                        rs.getString("field_value"),
                                        instant(rs, "first_seen"),
                                        instant(rs, "last_tried"),
                                        rs.getInt("attempts"),
                                        instant(rs, "next_retry_at")))
                .list();
    }

    private static String label(CrmRecord hubSpot, CrmRecord salesforce, Found found) {
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

    /** Equal text, or equal numbers written differently ({@code 5} and {@code 5.0}). */
    static boolean same(String a, String b) {
        String left = a == null ? "" : a.strip();
        String right = b == null ? "" : b.strip();
        if (left.equals(right)) {
            return true;
        }
        try {
            return new BigDecimal(left).compareTo(new BigDecimal(right)) == 0;
        } catch (NumberFormatException notNumbers) {
            return false;
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static ExternalSystem system(String name) {
        return name == null ? null : ExternalSystem.valueOf(name);
    }
}
