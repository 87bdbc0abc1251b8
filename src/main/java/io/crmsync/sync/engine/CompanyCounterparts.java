package io.crmsync.sync.engine;

import static io.crmsync.sync.engine.CompanySync.ACCOUNT;
import static io.crmsync.sync.engine.CompanySync.HUBSPOT_TYPE;

import io.crmsync.connection.Connectors;
import io.crmsync.spi.AssociationCapable;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmRecord;
import io.crmsync.sync.engine.CompanySync.ContactAccount;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Finds a company's counterpart through the contacts already associated with it, never by domain,
 * and links the two.
 */
@Component
class CompanyCounterparts {

    private final Connectors connectors;
    private final LinkStore links;
    private final Clock clock;

    CompanyCounterparts(Connectors connectors, LinkStore links, Clock clock) {
        this.connectors = connectors;
        this.links = links;
        this.clock = clock;
    }

    /**
     * The HubSpot companies already associated with the synced contacts of each account, linked
     * with them.
     */
    Map<String, String> throughSalesforceContacts(
            List<String> accounts, List<ContactAccount> batch) {
        return throughSalesforceContacts(accounts, batch, true);
    }

    /**
     * The HubSpot companies already associated with the synced contacts of each account; {@code
     * link} links them at once, otherwise the caller does.
     */
    Map<String, String> throughSalesforceContacts(
            List<String> accounts, List<ContactAccount> batch, boolean link) {
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
                (sfId, contactLink) ->
                        accountOfHubSpotContact.put(
                                contactLink.hubSpotId(), accountOfContact.get(sfId)));
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
                if (link) {
                    link(association.toId(), account);
                }
            }
        }
        return found;
    }

    /**
     * The accounts of the Salesforce contacts synced with each company's other contacts, linked
     * with them.
     */
    Map<String, String> throughHubSpotContacts(
            AssociationCapable associations, List<String> companies) {
        return throughHubSpotContacts(associations, companies, true);
    }

    /**
     * The accounts of the Salesforce contacts synced with each company's contacts; {@code link}
     * links them at once, otherwise the caller does.
     */
    Map<String, String> throughHubSpotContacts(
            AssociationCapable associations, List<String> companies, boolean link) {
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
                if (link) {
                    link(company, account.toString());
                }
            }
        }
        return found;
    }

    private void link(String company, String account) {
        links.link(LinkStore.COMPANY, company, ACCOUNT, account, clock.instant());
    }
}
