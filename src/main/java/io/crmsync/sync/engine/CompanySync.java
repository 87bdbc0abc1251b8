package io.crmsync.sync.engine;

import io.crmsync.connection.Connectors;
import io.crmsync.spi.AssociationCapable;
import io.crmsync.spi.AssociationWrite;
import io.crmsync.spi.WriteResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    private final CompanyCounterparts counterparts;
    private final CompanyCreates creates;

    CompanySync(
            Connectors connectors,
            LinkStore links,
            CompanyCounterparts counterparts,
            CompanyCreates creates) {
        this.connectors = connectors;
        this.links = links;
        this.counterparts = counterparts;
        this.creates = creates;
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
        companyOf.putAll(counterparts.throughSalesforceContacts(unlinked, contacts));
        List<String> toCreate = unlinked.stream().filter(a -> !companyOf.containsKey(a)).toList();
        if (!toCreate.isEmpty()) {
            companyOf.putAll(creates.createCompanies(toCreate));
        }
        return companyOf;
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
            accountOf.putAll(counterparts.throughHubSpotContacts(associations, unlinked));
            List<String> toCreate =
                    unlinked.stream().filter(c -> !accountOf.containsKey(c)).toList();
            if (!toCreate.isEmpty()) {
                accountOf.putAll(creates.createAccounts(toCreate));
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
}
