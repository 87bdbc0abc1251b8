package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connection.Connectors;
import io.crmsync.spi.Association;
import io.crmsync.spi.AssociationCapable;
import io.crmsync.spi.AssociationWrite;
import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.ErrorType;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A deal's company and contacts, both ways (PRODUCT.md S16): the opportunity's account is the
 * deal's company, and its contact roles are the deal's contacts. Only linked records count: a
 * HubSpot association to a company or contact that does not sync is left alone, and a removed role
 * removes the association, and the other way round. Each direction costs a few batch calls per
 * batch.
 */
@Component
class DealAssociations {

    static final String CONTACT_ROLE = "OpportunityContactRole";
    private static final String ACCOUNT_ID = "AccountId";
    private static final List<String> ROLE_FIELDS = List.of("OpportunityId", "ContactId");

    private final Connectors connectors;
    private final LinkStore links;
    private final PairWriter writer;

    DealAssociations(Connectors connectors, LinkStore links, PairWriter writer) {
        this.connectors = connectors;
        this.links = links;
        this.writer = writer;
    }

    /** HubSpot → Salesforce, with the write: each deal's synced company's account. */
    void accountsFromCompanies(PairPlan plan, BatchOutcome out) {
        List<PairItem> items = new ArrayList<>(plan.linked);
        items.addAll(plan.matched);
        items.addAll(plan.creates);
        items.removeIf(p -> p.values == null);
        if (items.isEmpty() || !(connectors.hubSpot() instanceof AssociationCapable associations)) {
            return;
        }
        Map<String, String> accountOf = new HashMap<>();
        List<Association> found =
                associations.readAssociations(
                        PairSchema.DEALS,
                        items.stream().map(PairItem::sourceId).toList(),
                        PairSchema.COMPANIES);
        Map<String, Link> companies =
                links.byHubSpotIds(
                        LinkStore.COMPANY, found.stream().map(Association::toId).toList());
        for (Association a : found) {
            Link company = companies.get(a.toId());
            if (company != null) {
                accountOf.putIfAbsent(a.fromId(), company.salesforceId());
            }
        }
        for (PairItem p : items) {
            String account = accountOf.get(p.sourceId());
            boolean writes = !p.values.toWrite().isEmpty() || p.link == null;
            if (account != null && writes) {
                p.values.toWrite().put(ACCOUNT_ID, account);
            }
        }
    }

    /**
     * Salesforce → HubSpot, once the deals exist: company from the account, contacts from roles.
     */
    void toHubSpot(PairPlan plan, BatchOutcome out) {
        Map<String, PairItem> byOpportunity = written(plan, out);
        if (byOpportunity.isEmpty()
                || !(connectors.hubSpot() instanceof AssociationCapable associations)) {
            return;
        }
        try {
            Map<String, String> dealOf = new HashMap<>();
            byOpportunity.forEach((opp, p) -> dealOf.put(opp, dealId(p)));
            Map<String, Set<String>> wantedCompanies = new HashMap<>();
            Map<String, Link> accounts =
                    links.bySalesforceIds(
                            LinkStore.COMPANY,
                            byOpportunity.values().stream()
                                    .map(p -> text(p.record.fields().get(ACCOUNT_ID)))
                                    .filter(Objects::nonNull)
                                    .toList());
            byOpportunity.forEach(
                    (opp, p) -> {
                        Link company = accounts.get(text(p.record.fields().get(ACCOUNT_ID)));
                        wantedCompanies.put(
                                dealOf.get(opp),
                                company == null ? Set.of() : Set.of(company.hubSpotId()));
                    });
            Map<String, Set<String>> wantedContacts = new HashMap<>();
            dealOf.values().forEach(d -> wantedContacts.put(d, new LinkedHashSet<>()));
            Map<String, List<String>> rolesOf = roles(byOpportunity.keySet());
            Map<String, Link> contacts =
                    links.bySalesforceIds(
                            LinkStore.CONTACT,
                            rolesOf.values().stream().flatMap(List::stream).distinct().toList());
            rolesOf.forEach(
                    (opp, roleContacts) -> {
                        for (String contact : roleContacts) {
                            Link link = contacts.get(contact);
                            if (link != null) {
                                wantedContacts.get(dealOf.get(opp)).add(link.hubSpotId());
                            }
                        }
                    });
            align(associations, PairSchema.COMPANIES, LinkStore.COMPANY, wantedCompanies);
            align(associations, PairSchema.HUBSPOT_TYPE, LinkStore.CONTACT, wantedContacts);
        } catch (ConnectorException e) {
            byOpportunity.values().forEach(p -> failed(plan, p, out, e));
        }
    }

    /** HubSpot → Salesforce, once the opportunities exist: the deal's contacts become roles. */
    void contactRolesFromHubSpot(PairPlan plan, BatchOutcome out) {
        Map<String, PairItem> byDeal = written(plan, out);
        if (byDeal.isEmpty()
                || !(connectors.hubSpot() instanceof AssociationCapable associations)) {
            return;
        }
        try {
            Map<String, String> opportunityOf = new HashMap<>();
            byDeal.forEach((deal, p) -> opportunityOf.put(deal, opportunityId(p)));
            List<Association> found =
                    associations.readAssociations(
                            PairSchema.DEALS, byDeal.keySet(), PairSchema.HUBSPOT_TYPE);
            Map<String, Link> contacts =
                    links.byHubSpotIds(
                            LinkStore.CONTACT, found.stream().map(Association::toId).toList());
            Map<String, Set<String>> wanted = new HashMap<>();
            opportunityOf.values().forEach(o -> wanted.put(o, new LinkedHashSet<>()));
            for (Association a : found) {
                Link contact = contacts.get(a.toId());
                if (contact != null && PairSchema.CONTACT.equals(contact.salesforceType())) {
                    wanted.get(opportunityOf.get(a.fromId())).add(contact.salesforceId());
                }
            }
            alignRoles(wanted);
        } catch (ConnectorException e) {
            byDeal.values().forEach(p -> failed(plan, p, out, e));
        }
    }

    /** Each opportunity's contact roles become the wanted ones; unlinked contacts' roles stay. */
    private void alignRoles(Map<String, Set<String>> wanted) {
        List<CrmRecord> roles =
                connectors
                        .salesforce()
                        .readByKey(CONTACT_ROLE, "OpportunityId", wanted.keySet(), ROLE_FIELDS);
        Map<String, Link> linked =
                links.bySalesforceIds(
                        LinkStore.CONTACT,
                        roles.stream().map(r -> text(r.fields().get("ContactId"))).toList());
        List<RecordWrite> creates = new ArrayList<>();
        List<RecordWrite> deletes = new ArrayList<>();
        Map<String, Set<String>> kept = new HashMap<>();
        for (CrmRecord role : roles) {
            String opp = text(role.fields().get("OpportunityId"));
            String contact = text(role.fields().get("ContactId"));
            Set<String> seen = kept.computeIfAbsent(opp, o -> new LinkedHashSet<>());
            boolean wantedHere = wanted.getOrDefault(opp, Set.of()).contains(contact);
            if ((!wantedHere && linked.containsKey(contact)) || !seen.add(contact)) {
                deletes.add(new RecordWrite("d" + deletes.size(), role.id(), null, Map.of()));
            }
        }
        wanted.forEach(
                (opp, contactIds) -> {
                    for (String contact : contactIds) {
                        if (!kept.getOrDefault(opp, Set.of()).contains(contact)) {
                            Map<String, Object> values = new LinkedHashMap<>();
                            values.put("OpportunityId", opp);
                            values.put("ContactId", contact);
                            creates.add(new RecordWrite("c" + creates.size(), null, null, values));
                        }
                    }
                });
        if (!creates.isEmpty()) {
            connectors.salesforce().write(CONTACT_ROLE, WriteOperation.CREATE, creates);
        }
        if (!deletes.isEmpty()) {
            connectors.salesforce().write(CONTACT_ROLE, WriteOperation.DELETE, deletes);
        }
    }

    /** The roles' contacts by opportunity. */
    private Map<String, List<String>> roles(Set<String> opportunities) {
        Map<String, List<String>> rolesOf = new HashMap<>();
        for (CrmRecord role :
                connectors
                        .salesforce()
                        .readByKey(CONTACT_ROLE, "OpportunityId", opportunities, ROLE_FIELDS)) {
            String contact = text(role.fields().get("ContactId"));
            if (contact != null) {
                rolesOf.computeIfAbsent(
                                text(role.fields().get("OpportunityId")), o -> new ArrayList<>())
                        .add(contact);
            }
        }
        return rolesOf;
    }

    /**
     * Makes each deal's associations to {@code toType} the wanted ones among the records that sync:
     * a wanted one missing is added, a synced one not wanted is removed.
     */
    private void align(
            AssociationCapable associations,
            String toType,
            String linkKind,
            Map<String, Set<String>> wanted) {
        List<Association> current =
                associations.readAssociations(PairSchema.DEALS, wanted.keySet(), toType);
        Map<String, Link> synced =
                links.byHubSpotIds(linkKind, current.stream().map(Association::toId).toList());
        Map<String, Set<String>> have = new HashMap<>();
        List<AssociationWrite> removes = new ArrayList<>();
        for (Association a : current) {
            have.computeIfAbsent(a.fromId(), d -> new LinkedHashSet<>()).add(a.toId());
            if (synced.containsKey(a.toId())
                    && !wanted.getOrDefault(a.fromId(), Set.of()).contains(a.toId())) {
                removes.add(
                        new AssociationWrite(
                                "r" + removes.size(), a.fromId(), a.toId(), null, null));
            }
        }
        List<AssociationWrite> adds = new ArrayList<>();
        wanted.forEach(
                (deal, targets) -> {
                    for (String target : targets) {
                        if (!have.getOrDefault(deal, Set.of()).contains(target)) {
                            adds.add(
                                    new AssociationWrite(
                                            "a" + adds.size(), deal, target, null, null));
                        }
                    }
                });
        if (!adds.isEmpty()) {
            check(associations.associate(PairSchema.DEALS, toType, adds));
        }
        if (!removes.isEmpty()) {
            check(associations.dissociate(PairSchema.DEALS, toType, removes));
        }
    }

    private static void check(List<WriteResult> results) {
        for (WriteResult r : results) {
            if (!r.succeeded() && r.failure() != null) {
                throw new ConnectorException(r.failure(), null);
            }
        }
    }

    /** The batch's records that synced, by source id, with their counterpart known. */
    private static Map<String, PairItem> written(PairPlan plan, BatchOutcome out) {
        Map<String, PairItem> written = new LinkedHashMap<>();
        List<PairItem> items = new ArrayList<>(plan.linked);
        items.addAll(plan.matched);
        items.addAll(plan.created);
        for (PairItem p : items) {
            String target = p.link != null ? targetOf(plan.from, p.link) : p.targetId;
            if (target != null && out.synced.contains(p.sourceId())) {
                written.put(p.sourceId(), p);
            }
        }
        return written;
    }

    private static String targetOf(ExternalSystem from, Link link) {
        return from == ExternalSystem.SALESFORCE ? link.hubSpotId() : link.salesforceId();
    }

    private static String dealId(PairItem p) {
        return p.link != null ? p.link.hubSpotId() : p.targetId;
    }

    private static String opportunityId(PairItem p) {
        return p.link != null ? p.link.salesforceId() : p.targetId;
    }

    private void failed(PairPlan plan, PairItem p, BatchOutcome out, ConnectorException e) {
        out.errors.add(
                writer.error(
                        plan,
                        p,
                        Failures.rejected(
                                ErrorType.ASSOCIATIONS,
                                "DEAL_ASSOCIATIONS_FAILED",
                                "The deal synced, but its company and contacts could not be"
                                        + " associated: "
                                        + e.failure().message(),
                                ACCOUNT_ID)));
        out.synced.remove(p.sourceId());
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
