package io.crmsync.sync.engine;

import io.crmsync.spi.AssociationCapable;
import io.crmsync.spi.AssociationWrite;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.PropertyCapable;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import io.crmsync.sync.internal.Connectors;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Companies for contacts (PRODUCT.md S9): HubSpot companies and Salesforce accounts are linked like
 * contacts, found through the contacts already associated with them (never by domain), and created
 * only when none is found. Creates are upserts on the other side's id, so a retry never makes a
 * second company.
 */
@Component
class CompanySync {

    static final String HUBSPOT_TYPE = "companies";
    static final String ACCOUNT = "Account";
    static final String ACCOUNT_ID_PROPERTY = "salesforce_account_id";

    /**
     * The field state of a contact's company: its HubSpot primary company ({@code
     * associatedcompanyid}) and its Salesforce account, as last synced.
     */
    static final String ACCOUNT_STATE = "associatedcompanyid";

    private final Connectors connectors;
    private final LinkStore links;
    private final Clock clock;
    private volatile boolean propertyReady;

    CompanySync(Connectors connectors, LinkStore links, Clock clock) {
        this.connectors = connectors;
        this.links = links;
        this.clock = clock;
    }

    /** One synced contact: its ids on both sides and its Salesforce account. */
    record ContactAccount(String hubSpotId, String salesforceId, String accountId) {}

    /**
     * What {@link #associateFromSalesforce} did: by Salesforce contact id, the HubSpot company each
     * contact now has as its primary one, and the failures of contacts whose company could not be
     * set.
     */
    record Associated(Map<String, String> companies, Map<String, String> failures) {}

    /** The HubSpot association type that makes a company a contact's primary one. */
    static final int PRIMARY_COMPANY_TYPE = 1;

    /**
     * Makes the company linked to each contact's Salesforce account, found or created, the primary
     * company of its HubSpot contact: HubSpot's {@code associatedcompanyid} then names it, and a
     * later change of that property is a change made in HubSpot.
     */
    Associated associateFromSalesforce(List<ContactAccount> contacts) {
        Map<String, String> companies = new HashMap<>();
        Map<String, String> failures = new HashMap<>();
        if (contacts.isEmpty()) {
            return new Associated(companies, failures);
        }
        Set<String> accounts = new LinkedHashSet<>();
        contacts.forEach(c -> accounts.add(c.accountId()));
        Map<String, String> companyOf = companiesForAccounts(accounts, contacts);
        if (!(connectors.hubSpot() instanceof AssociationCapable associations)) {
            return new Associated(companies, failures);
        }
        List<AssociationWrite> pairs = new ArrayList<>();
        for (ContactAccount c : contacts) {
            String company = companyOf.get(c.accountId());
            if (company == null) {
                failures.put(
                        c.salesforceId(), "The account's company could not be found or created.");
                continue;
            }
            pairs.add(
                    new AssociationWrite(
                            c.salesforceId(),
                            c.hubSpotId(),
                            company,
                            "HUBSPOT_DEFINED",
                            PRIMARY_COMPANY_TYPE));
            companies.put(c.salesforceId(), company);
        }
        if (!pairs.isEmpty()) {
            for (WriteResult r : associations.associate("contacts", HUBSPOT_TYPE, pairs)) {
                if (!r.succeeded()) {
                    failures.put(r.reference(), r.failure().message());
                    companies.remove(r.reference());
                }
            }
        }
        return new Associated(companies, failures);
    }

    private Map<String, String> companiesForAccounts(
            Collection<String> accounts, List<ContactAccount> contacts) {
        Map<String, String> companyOf = new HashMap<>();
        links.bySalesforceIds(LinkStore.COMPANY, accounts)
                .forEach((account, link) -> companyOf.put(account, link.hubSpotId()));
        List<String> unlinked = accounts.stream().filter(a -> !companyOf.containsKey(a)).toList();
        if (unlinked.isEmpty()) {
            return companyOf;
        }
        companyOf.putAll(throughSalesforceContacts(unlinked, contacts));
        List<String> toCreate = unlinked.stream().filter(a -> !companyOf.containsKey(a)).toList();
        if (!toCreate.isEmpty()) {
            companyOf.putAll(createCompanies(toCreate));
        }
        return companyOf;
    }

    /** The HubSpot companies already associated with the synced contacts of each account. */
    private Map<String, String> throughSalesforceContacts(
            List<String> accounts, List<ContactAccount> batch) {
        Map<String, String> found = new HashMap<>();
        CrmConnector salesforce = connectors.salesforce();
        Map<String, String> accountOfHubSpotContact = new HashMap<>();
        // The contacts being synced count too: their links may not be stored yet.
        for (ContactAccount c : batch) {
            if (accounts.contains(c.accountId())) {
                accountOfHubSpotContact.put(c.hubSpotId(), c.accountId());
            }
        }
        Map<String, String> accountOfContact = new HashMap<>();
        for (CrmRecord contact :
                salesforce.readByKey("Contact", "AccountId", accounts, List.of("AccountId"))) {
            accountOfContact.put(
                    contact.id(), Objects.toString(contact.fields().get("AccountId"), null));
        }
        Map<String, Link> contactLinks =
                links.bySalesforceIds(LinkStore.CONTACT, accountOfContact.keySet());
        if (!(connectors.hubSpot() instanceof AssociationCapable associations)) {
            return found;
        }
        contactLinks.forEach(
                (sfId, link) ->
                        accountOfHubSpotContact.put(link.hubSpotId(), accountOfContact.get(sfId)));
        if (accountOfHubSpotContact.isEmpty()) {
            return found;
        }
        var associated =
                associations.readAssociations(
                        "contacts", accountOfHubSpotContact.keySet(), HUBSPOT_TYPE);
        // A contact that moved to this account may still have its old account's company.
        Map<String, Link> linkedCompanies =
                links.byHubSpotIds(
                        LinkStore.COMPANY,
                        associated.stream().map(a -> a.toId()).distinct().toList());
        for (var association : associated) {
            String account = accountOfHubSpotContact.get(association.fromId());
            Link taken = linkedCompanies.get(association.toId());
            if (account != null
                    && !found.containsKey(account)
                    && (taken == null || taken.salesforceId().equals(account))) {
                found.put(account, association.toId());
                link(association.toId(), account);
            }
        }
        return found;
    }

    private Map<String, String> createCompanies(List<String> accounts) {
        CrmConnector hubSpot = connectors.hubSpot();
        ensureProperty(hubSpot);
        List<RecordWrite> writes = new ArrayList<>();
        for (CrmRecord account :
                connectors.salesforce().readByIds(ACCOUNT, accounts, List.of("Name", "Website"))) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("name", account.fields().get("Name"));
            String domain = domain(account.fields().get("Website"));
            if (domain != null) {
                values.put("domain", domain);
            }
            values.put(ACCOUNT_ID_PROPERTY, account.id());
            writes.add(new RecordWrite(account.id(), null, ACCOUNT_ID_PROPERTY, values));
        }
        Map<String, String> created = new HashMap<>();
        if (writes.isEmpty()) {
            return created;
        }
        List<WriteResult> results = hubSpot.write(HUBSPOT_TYPE, WriteOperation.UPSERT, writes);
        List<String> missing = new ArrayList<>();
        for (WriteResult r : results) {
            if (r.succeeded() && r.id() != null) {
                created.put(r.reference(), r.id());
                link(r.id(), r.reference());
            } else if (r.succeeded()) {
                missing.add(r.reference());
            }
        }
        if (!missing.isEmpty()) {
            for (CrmRecord company :
                    hubSpot.readByKey(
                            HUBSPOT_TYPE,
                            ACCOUNT_ID_PROPERTY,
                            missing,
                            List.of(ACCOUNT_ID_PROPERTY))) {
                String account = Objects.toString(company.fields().get(ACCOUNT_ID_PROPERTY), null);
                if (account != null) {
                    created.put(account, company.id());
                    link(company.id(), account);
                }
            }
        }
        return created;
    }

    /**
     * The Salesforce account for each HubSpot contact's company, found or created; contacts without
     * a company are absent. {@code primaryCompanies} holds the contacts whose primary company
     * HubSpot already returned (null for none); the companies of {@code unread} are read from their
     * associations.
     */
    Map<String, String> accountsForHubSpotContacts(
            Map<String, String> primaryCompanies, Collection<String> unread) {
        Map<String, String> result = new HashMap<>();
        if (!(connectors.hubSpot() instanceof AssociationCapable associations)) {
            return result;
        }
        Map<String, String> companyOfContact = new LinkedHashMap<>();
        primaryCompanies.forEach(
                (contact, company) -> {
                    if (company != null && !company.isBlank()) {
                        companyOfContact.put(contact, company);
                    }
                });
        if (!unread.isEmpty()) {
            for (var a : associations.readAssociations("contacts", unread, HUBSPOT_TYPE)) {
                companyOfContact.putIfAbsent(a.fromId(), a.toId());
            }
        }
        if (companyOfContact.isEmpty()) {
            return result;
        }
        Set<String> companies = new LinkedHashSet<>(companyOfContact.values());
        Map<String, String> accountOf = new HashMap<>();
        links.byHubSpotIds(LinkStore.COMPANY, companies)
                .forEach((company, link) -> accountOf.put(company, link.salesforceId()));
        List<String> unlinked = companies.stream().filter(c -> !accountOf.containsKey(c)).toList();
        if (!unlinked.isEmpty()) {
            accountOf.putAll(throughHubSpotContacts(associations, unlinked));
            List<String> toCreate =
                    unlinked.stream().filter(c -> !accountOf.containsKey(c)).toList();
            if (!toCreate.isEmpty()) {
                accountOf.putAll(createAccounts(toCreate));
            }
        }
        companyOfContact.forEach(
                (contact, company) -> {
                    String account = accountOf.get(company);
                    if (account != null) {
                        result.put(contact, account);
                    }
                });
        return result;
    }

    /** The accounts of the Salesforce contacts synced with each company's other contacts. */
    private Map<String, String> throughHubSpotContacts(
            AssociationCapable associations, List<String> companies) {
        Map<String, String> found = new HashMap<>();
        Map<String, String> companyOfContact = new HashMap<>();
        for (var a : associations.readAssociations(HUBSPOT_TYPE, companies, "contacts")) {
            companyOfContact.putIfAbsent(a.toId(), a.fromId());
        }
        Map<String, Link> contactLinks =
                links.byHubSpotIds(LinkStore.CONTACT, companyOfContact.keySet());
        List<String> salesforceContacts =
                contactLinks.values().stream()
                        .filter(l -> "Contact".equals(l.salesforceType()))
                        .map(Link::salesforceId)
                        .toList();
        if (salesforceContacts.isEmpty()) {
            return found;
        }
        Map<String, String> hubSpotOfSalesforce = new HashMap<>();
        contactLinks.forEach((hs, l) -> hubSpotOfSalesforce.put(l.salesforceId(), hs));
        List<CrmRecord> contacts =
                connectors
                        .salesforce()
                        .readByIds("Contact", salesforceContacts, List.of("AccountId"));
        // A contact that moved to this company may still be in its old company's account.
        Map<String, Link> linkedAccounts =
                links.bySalesforceIds(
                        LinkStore.COMPANY,
                        contacts.stream()
                                .map(c -> Objects.toString(c.fields().get("AccountId"), null))
                                .filter(Objects::nonNull)
                                .distinct()
                                .toList());
        for (CrmRecord contact : contacts) {
            Object account = contact.fields().get("AccountId");
            String company = companyOfContact.get(hubSpotOfSalesforce.get(contact.id()));
            Link taken = account == null ? null : linkedAccounts.get(account.toString());
            if (account != null
                    && company != null
                    && !found.containsKey(company)
                    && (taken == null || taken.hubSpotId().equals(company))) {
                found.put(company, account.toString());
                link(company, account.toString());
            }
        }
        return found;
    }

    private Map<String, String> createAccounts(List<String> companies) {
        List<RecordWrite> writes = new ArrayList<>();
        for (CrmRecord company :
                connectors
                        .hubSpot()
                        .readByIds(HUBSPOT_TYPE, companies, List.of("name", "domain"))) {
            Map<String, Object> values = new LinkedHashMap<>();
            Object name = company.fields().get("name");
            Object domain = company.fields().get("domain");
            values.put(
                    "Name",
                    name != null && !name.toString().isBlank()
                            ? name
                            : domain != null ? domain : ContactPair.NO_COMPANY);
            if (domain != null && !domain.toString().isBlank()) {
                values.put("Website", domain.toString());
            }
            values.put(OriginStamps.SALESFORCE_FIELD, company.id());
            writes.add(new RecordWrite(company.id(), null, OriginStamps.SALESFORCE_FIELD, values));
        }
        Map<String, String> created = new HashMap<>();
        if (writes.isEmpty()) {
            return created;
        }
        for (WriteResult r :
                connectors.salesforce().write(ACCOUNT, WriteOperation.UPSERT, writes)) {
            if (r.succeeded() && r.id() != null) {
                created.put(r.reference(), r.id());
                link(r.reference(), r.id());
            }
        }
        return created;
    }

    private void ensureProperty(CrmConnector hubSpot) {
        if (!propertyReady && hubSpot instanceof PropertyCapable properties) {
            properties.ensureUniqueProperty(
                    HUBSPOT_TYPE, ACCOUNT_ID_PROPERTY, "Salesforce account id");
            propertyReady = true;
        }
    }

    private void link(String company, String account) {
        links.link(LinkStore.COMPANY, company, ACCOUNT, account, clock.instant());
    }

    private static String domain(Object website) {
        if (website == null || website.toString().isBlank()) {
            return null;
        }
        String host = website.toString().trim().replaceFirst("^[a-zA-Z]+://", "");
        host = host.replaceFirst("[/?#].*$", "");
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
