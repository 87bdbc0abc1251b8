package io.crmsync.sandbox.hubspot;

import io.crmsync.sandbox.DemoData;
import io.crmsync.sandbox.SandboxProperties;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Fills an empty HubSpot sandbox with deterministic demo data when {@code
 * crmsync.sandbox.seed-demo-data} is on: DemoData people 0..2999 as contacts (the Salesforce
 * sandbox holds 0..1499, so half overlap), their companies, 300 deals (one in three in the Renewals
 * pipeline, each with its company and one to three of the company's contacts), tickets, a few
 * engagements, the usual associations and the active list "Sync to Salesforce". Dirty records go in
 * unvalidated, as data that predates a rule.
 */
@Component
class DemoSeeder {

    static final int CONTACTS = 3000;

    /** The same company count and dirty share as the Salesforce sandbox, so people match. */
    static final int COMPANIES = 300;

    static final double DIRTY_SHARE = 0.1;
    static final String LIST_NAME = "Sync to Salesforce";

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    private static final Caller IMPORT = new Caller("IMPORT", "import");

    private final SandboxProperties sandbox;
    private final ObjectStore store;
    private final ObjectService service;
    private final ObjectTypes types;
    private final Associations associations;
    private final Lists lists;
    private final SandboxClock clock;

    DemoSeeder(
            SandboxProperties sandbox,
            ObjectStore store,
            ObjectService service,
            ObjectTypes types,
            Associations associations,
            Lists lists,
            SandboxClock clock) {
        this.sandbox = sandbox;
        this.store = store;
        this.service = service;
        this.types = types;
        this.associations = associations;
        this.lists = lists;
        this.clock = clock;
    }

    /** Before the sync's first poll, which waits for the application to be ready. */
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @EventListener(ApplicationReadyEvent.class)
    void seedIfEmpty() {
        if (!sandbox.seedDemoData() || !store.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        long seed = sandbox.seed();
        List<Associations.Link> links = new ArrayList<>();
        long[] companies = new long[COMPANIES];
        for (int i = 0; i < COMPANIES; i++) {
            companies[i] = insert("companies", DemoValues.company(DemoData.company(seed, i)));
        }
        long[] contacts = new long[CONTACTS];
        for (int i = 0; i < CONTACTS; i++) {
            DemoData.Person person = DemoData.person(seed, i, COMPANIES, DIRTY_SHARE);
            contacts[i] = insert("contacts", DemoValues.contact(person));
            long company = companies[person.company().index()];
            links.add(link("0-1", contacts[i], "0-2", company, 1));
            links.add(link("0-1", contacts[i], "0-2", company, 279));
        }
        for (int i = 0; i < 300; i++) {
            long deal =
                    insert(
                            "deals",
                            DemoValues.deal(
                                    DemoData.company(seed, i % COMPANIES), i, clock.millis()));
            links.add(link("0-3", deal, "0-2", companies[i % COMPANIES], 5));
            links.add(link("0-3", deal, "0-2", companies[i % COMPANIES], 341));
            // One to three of the company's people: demo person 4c + k works for company c.
            for (int k = 0; k <= i % 3; k++) {
                links.add(link("0-3", deal, "0-1", contacts[(i * 4 + k) % CONTACTS], 3));
            }
        }
        for (int i = 0; i < 100; i++) {
            long ticket = insert("tickets", DemoValues.ticket(i));
            links.add(link("0-5", ticket, "0-1", contacts[(i * 7) % CONTACTS], 16));
        }
        for (int i = 0; i < 30; i++) {
            String type = List.of("notes", "calls", "tasks").get(i % 3);
            long engagement = insert(type, DemoValues.engagement(type, i, clock.millis()));
            int toContact = AssociationTypes.defaultType(types.require(type).id(), "0-1");
            links.add(
                    link(types.require(type).id(), engagement, "0-1", contacts[i * 11], toContact));
        }
        associations.add(links);
        lists.create(LIST_NAME, "0-1", "DYNAMIC", DemoValues.syncListFilter(), clock.millis());
        store.flush();
        log.info(
                "HubSpot sandbox seeded {} contacts, {} companies, 300 deals, 100 tickets and 30"
                        + " engagements in {} ms",
                CONTACTS,
                COMPANIES,
                (System.nanoTime() - started) / 1_000_000);
    }

    private long insert(String type, Map<String, String> values) {
        Map<String, String> clean = new HashMap<>(values);
        clean.values().removeIf(v -> v == null || v.isEmpty());
        return service.insert(types.require(type), clean, IMPORT, false).id();
    }

    private static Associations.Link link(
            String from, long fromId, String to, long toId, int typeId) {
        return new Associations.Link(
                from, fromId, to, toId, new Associations.Kind("HUBSPOT_DEFINED", typeId));
    }
}
