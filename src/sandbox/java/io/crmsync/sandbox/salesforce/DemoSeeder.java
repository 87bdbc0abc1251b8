package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.DemoData;
import io.crmsync.sandbox.SandboxProperties;
import io.crmsync.sandbox.salesforce.schema.SalesProcesses;
import io.crmsync.sandbox.salesforce.store.RecordStore;
import io.crmsync.sandbox.salesforce.store.SfRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty Salesforce sandbox with deterministic demo data: 300 accounts, 1,500 contacts
 * (demo people 0 to 1,499, so they overlap the HubSpot sandbox's people), 800 leads (people 3,000
 * to 3,799, every 40th reusing a contact's email), 200 opportunities on the first 200 accounts (a
 * third of them renewals) with one to three of the account's contacts in roles, and 100 cases.
 * Dirty people are written as they are, as data that predates the org's rules.
 */
@Component("salesforceDemoSeeder")
class DemoSeeder {

    /**
     * The DemoData parameters; the HubSpot sandbox must use the same ones for people to overlap.
     */
    static final int COMPANIES = 300;

    static final double DIRTY_SHARE = 0.1;

    static final int OPPORTUNITIES = 200;

    /** One, two or three roles per opportunity: two on average, 400 in all. */
    private static final int[] ROLES_PER_OPPORTUNITY = {1, 2, 3, 2};

    private static final String[] ROLES = {
        "Decision Maker", "Evaluator", "Economic Buyer", "Technical Buyer", "Influencer"
    };
    private static final String[] RENEWAL_TYPES = {
        "Existing Customer - Upgrade",
        "Existing Customer - Replacement",
        "Existing Customer - Downgrade"
    };
    private static final String[] LEAD_SOURCES = {
        "Web", "Phone Inquiry", "Partner Referral", "Purchased List", "Other"
    };

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final SandboxProperties properties;
    private final RecordStore store;
    private final RecordWriter writer;
    private final ApiSupport api;
    private final SalesforceOrg org;
    private final List<SfRecord> batch = new ArrayList<>();

    DemoSeeder(
            SandboxProperties properties,
            RecordStore store,
            RecordWriter writer,
            ApiSupport api,
            SalesforceOrg org) {
        this.properties = properties;
        this.store = store;
        this.writer = writer;
        this.api = api;
        this.org = org;
    }

    /** Before the sync's first poll, which waits for the application to be ready. */
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @EventListener(ApplicationReadyEvent.class)
    void seedIfEmpty() {
        if (!properties.seedDemoData() || store.count("Contact") > 0 || store.count("Lead") > 0) {
            return;
        }
        long started = System.nanoTime();
        writer.atomically(
                () -> {
                    seed(properties.seed());
                    return null;
                });
        log.info(
                "Seeded the Salesforce sandbox with demo data in {} ms",
                (System.nanoTime() - started) / 1_000_000);
    }

    private void seed(long seed) {
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < COMPANIES; i++) {
            DemoData.Company company = DemoData.company(seed, i);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("Name", company.name());
            values.put("Website", "https://www." + company.domain());
            values.put("Industry", company.industry());
            values.put("Phone", company.phone());
            values.put("NumberOfEmployees", company.employees());
            address(values, "Billing", company.address());
            accounts.add(create("Account", values));
        }
        List<String> contacts = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            DemoData.Person person = DemoData.person(seed, i, COMPANIES, DIRTY_SHARE);
            Map<String, Object> values = person(person, "Mailing");
            values.put("AccountId", accounts.get(person.company().index()));
            contacts.add(create("Contact", values));
        }
        for (int i = 3000; i < 3800; i++) {
            DemoData.Person person = DemoData.person(seed, i, COMPANIES, DIRTY_SHARE);
            Map<String, Object> values = person(person, "");
            values.put("Company", person.company().name());
            if (i % 40 == 0) {
                values.put(
                        "Email", DemoData.person(seed, i - 3000, COMPANIES, DIRTY_SHARE).email());
            }
            create("Lead", values);
        }
        LocalDate start = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < OPPORTUNITIES; i++) {
            int account = i % COMPANIES;
            String opportunity =
                    create("Opportunity", opportunity(seed, i, account, accounts, start));
            accountRoles(opportunity, contacts, account, ROLES_PER_OPPORTUNITY[i % 4]);
        }
        String[] statuses = {"New", "Working", "Escalated", "Closed"};
        String[] priorities = {"High", "Medium", "Low"};
        for (int i = 0; i < 100; i++) {
            int contact = i * 15;
            create(
                    "Case",
                    Map.of(
                            "Subject",
                            "Demo issue " + (i + 1),
                            "Status",
                            statuses[i % statuses.length],
                            "Priority",
                            priorities[i % priorities.length],
                            "Origin",
                            i % 2 == 0 ? "Email" : "Web",
                            "ContactId",
                            contacts.get(contact),
                            "AccountId",
                            accounts.get((contact / 4) % COMPANIES)));
            flush();
        }
        flush();
    }

    /**
     * Every third opportunity renews a contract (record type Renewal); the others are new business.
     * Stages cycle through the record type's sales process.
     */
    private static Map<String, Object> opportunity(
            long seed, int i, int account, List<String> accounts, LocalDate start) {
        SalesProcesses.RecordType type =
                i % 3 == 2 ? SalesProcesses.RENEWAL : SalesProcesses.NEW_BUSINESS;
        List<String> stages = type.process().stages();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(
                "Name",
                DemoData.company(seed, account).name()
                        + (type == SalesProcesses.RENEWAL ? " - renewal " : " - deal ")
                        + (i + 1));
        values.put("RecordTypeId", type.id());
        values.put("StageName", stages.get((i / 3) % stages.size()));
        values.put("CloseDate", start.plusDays(i * 3L).toString());
        values.put("Amount", 1000.0 * (1 + i % 50));
        values.put("AccountId", accounts.get(account));
        values.put(
                "Type",
                type == SalesProcesses.RENEWAL
                        ? RENEWAL_TYPES[i % RENEWAL_TYPES.length]
                        : "New Customer");
        values.put("LeadSource", LEAD_SOURCES[i % LEAD_SOURCES.length]);
        return values;
    }

    /**
     * {@code count} contact roles on the opportunity for the account's first people (demo person 4a
     * + k works for account a), the first one primary.
     */
    private void accountRoles(String opportunity, List<String> contacts, int account, int count) {
        for (int k = 0; k < count; k++) {
            create(
                    "OpportunityContactRole",
                    Map.of(
                            "OpportunityId",
                            opportunity,
                            "ContactId",
                            contacts.get(account * 4 + k),
                            "Role",
                            ROLES[(account + k) % ROLES.length],
                            "IsPrimary",
                            k == 0));
        }
    }

    private static Map<String, Object> person(DemoData.Person person, String addressPrefix) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("FirstName", person.firstName());
        values.put("LastName", person.lastName().isEmpty() ? null : person.lastName());
        values.put("Email", person.email());
        values.put("Title", person.title());
        values.put("Phone", person.phone());
        values.put("LeadSource", person.leadSource());
        address(values, addressPrefix, person.address());
        return values;
    }

    private static void address(
            Map<String, Object> values, String prefix, DemoData.Address address) {
        values.put(prefix + "Street", address.street());
        values.put(prefix + "City", address.city());
        values.put(prefix + "State", address.state().isEmpty() ? null : address.state());
        values.put(prefix + "PostalCode", address.postalCode());
        values.put(prefix + "Country", address.country());
    }

    private String create(String type, Map<String, Object> values) {
        var outcome =
                writer.create(
                        api.object(type),
                        values,
                        new WriteContext(org.personUserId(), null, false, true, true));
        SfRecord record = ((RecordWriter.Saved) outcome).record();
        batch.add(record);
        if (batch.size() >= 500) {
            flush();
        }
        return record.id();
    }

    private void flush() {
        store.save(List.copyOf(batch));
        batch.clear();
    }
}
