package io.crmsync.sync.resilience;

import io.crmsync.sandbox.hubspot.HubSpotSandbox;
import io.crmsync.sandbox.salesforce.SandboxRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The people's side of the crash harness: rounds of edits through the CRMs' REST APIs while the
 * node syncs, crashes and restarts. A round edits linked people on both sides about 1.2 s apart
 * (the job title, and the email, crmsync's matching key; both Two-way), edits others on one side
 * only, and creates new people on both sides; the first round also creates the HubSpot contact
 * whose job title Salesforce cannot hold. Every person is edited at most once, so that each edit's
 * final value is known.
 */
final class ChaosWorkload implements AutoCloseable {

    private static final long APART_MILLIS = 1200;

    private final SyncRig rig;
    private final ChaosPeople people;
    private final CrmUser user;
    private final Random random;
    private final ChaosSettings settings;
    private final Set<Integer> used = Collections.synchronizedSet(new HashSet<>());
    private final AtomicInteger nextPerson;
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final AtomicInteger bothSides = new AtomicInteger();
    private final AtomicInteger oneSide = new AtomicInteger();
    private final AtomicInteger created = new AtomicInteger();

    ChaosWorkload(
            SyncRig rig, ChaosPeople people, CrmUser user, ChaosSettings settings, int firstNew) {
        this.rig = rig;
        this.people = people;
        this.user = user;
        this.settings = settings;
        this.random = new Random(settings.seed());
        this.nextPerson = new AtomicInteger(firstNew);
    }

    /** Runs one round of edits to its end; failures of the workload itself are thrown. */
    void round(int round) throws Exception {
        Map<Integer, String[]> ids = ids();
        List<Integer> linked = new ArrayList<>();
        ids.forEach(
                (person, pair) -> {
                    if (pair[0] != null && pair[1] != null && !used.contains(person)) {
                        linked.add(person);
                    }
                });
        Collections.sort(linked);
        Collections.shuffle(linked, random);
        List<Runnable> tasks = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < settings.bothTitle() && n < linked.size(); i++, n++) {
            int p = take(linked.get(n));
            String[] pair = ids.get(p);
            boolean hubSpotFirst = random.nextBoolean();
            tasks.add(() -> both(round, p, pair, "Title", hubSpotFirst));
        }
        for (int i = 0; i < settings.bothEmail() && n < linked.size(); i++, n++) {
            int p = take(linked.get(n));
            String[] pair = ids.get(p);
            boolean hubSpotFirst = random.nextBoolean();
            tasks.add(() -> both(round, p, pair, "Email", hubSpotFirst));
        }
        for (int i = 0; i < settings.oneSide() && n < linked.size(); i++, n++) {
            int p = take(linked.get(n));
            String[] pair = ids.get(p);
            boolean onHubSpot = i % 2 == 0;
            tasks.add(() -> one(round, p, pair, onHubSpot));
        }
        for (int i = 0; i < settings.creates(); i++) {
            int sf = nextPerson.getAndIncrement();
            int hs = nextPerson.getAndIncrement();
            String title = "New title " + sf;
            String hsTitle = "New title " + hs;
            tasks.add(() -> create(sf, title, false));
            tasks.add(() -> create(hs, hsTitle, true));
        }
        if (round == 1) {
            int p = nextPerson.getAndIncrement();
            people.markLongTitle(p);
            tasks.add(() -> create(p, ChaosPeople.LONG_TITLE, true));
        }
        Collections.shuffle(tasks, random);
        List<Future<?>> futures = new ArrayList<>();
        for (Runnable task : tasks) {
            futures.add(pool.submit(task));
            SyncRig.sleep(random.nextInt(100));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    private int take(int person) {
        used.add(person);
        return person;
    }

    /** The same field of one linked person, edited on both sides about 1.2 s apart. */
    private void both(int round, int person, String[] ids, String field, boolean hubSpotFirst) {
        String hsValue =
                field.equals("Email")
                        ? people.email("hs" + round, person)
                        : "HubSpot title r" + round + " " + person;
        String sfValue =
                field.equals("Email")
                        ? people.email("sf" + round, person)
                        : "Salesforce title r" + round + " " + person;
        Instant hsTime;
        Instant sfTime;
        if (hubSpotFirst) {
            hsTime = hubSpotEdit(ids[1], field, hsValue);
            SyncRig.sleep(APART_MILLIS);
            sfTime = user.editSalesforce(ids[0], Map.of(field, sfValue));
        } else {
            sfTime = user.editSalesforce(ids[0], Map.of(field, sfValue));
            SyncRig.sleep(APART_MILLIS);
            hsTime = hubSpotEdit(ids[1], field, hsValue);
        }
        boolean hubSpotLater = hsTime.isAfter(sfTime);
        if (hsTime.equals(sfTime)) {
            throw new IllegalStateException("edits of " + person + " at the same instant");
        }
        people.record(
                new ChaosPeople.Edit(
                        person,
                        "both sides",
                        field,
                        hubSpotLater ? hsValue : sfValue,
                        hubSpotLater ? sfValue : hsValue,
                        sfTime,
                        hsTime));
        bothSides.incrementAndGet();
    }

    private void one(int round, int person, String[] ids, boolean onHubSpot) {
        String value = (onHubSpot ? "HubSpot only r" : "Salesforce only r") + round + " " + person;
        Instant at =
                onHubSpot
                        ? hubSpotEdit(ids[1], "Title", value)
                        : user.editSalesforce(ids[0], Map.of("Title", value));
        people.record(
                new ChaosPeople.Edit(
                        person,
                        onHubSpot ? "HubSpot only" : "Salesforce only",
                        "Title",
                        value,
                        null,
                        onHubSpot ? null : at,
                        onHubSpot ? at : null));
        oneSide.incrementAndGet();
    }

    private void create(int person, String title, boolean inHubSpot) {
        Map<String, String> values = people.add(person, title);
        if (inHubSpot) {
            user.createHubSpot(ChaosPeople.toHubSpot(values));
        } else {
            user.createSalesforce(values);
        }
        created.incrementAndGet();
    }

    private Instant hubSpotEdit(String id, String field, String value) {
        return user.editHubSpot(id, Map.of(ChaosPeople.PROPERTIES.get(field), value));
    }

    /** Each person's Salesforce and HubSpot ids, where the person has exactly one record a side. */
    private Map<Integer, String[]> ids() {
        Map<Integer, String[]> out = new HashMap<>();
        Set<Integer> twice = new HashSet<>();
        for (SandboxRecord r :
                rig.salesforce().records("Contact", "Chaos-", 0, Integer.MAX_VALUE)) {
            int p = ChaosPeople.person(String.valueOf(r.values().get("LastName")));
            if (p >= 0 && out.computeIfAbsent(p, k -> new String[2])[0] != null) {
                twice.add(p);
            }
            if (p >= 0) {
                out.get(p)[0] = r.id();
            }
        }
        for (HubSpotSandbox.RecordView r :
                rig.hubSpot().records("contacts", 0, Integer.MAX_VALUE, "Chaos-").records()) {
            int p = ChaosPeople.person(r.properties().get("lastname"));
            if (p >= 0 && out.computeIfAbsent(p, k -> new String[2])[1] != null) {
                twice.add(p);
            }
            if (p >= 0) {
                out.get(p)[1] = r.id();
            }
        }
        twice.forEach(out::remove);
        out.keySet().retainAll(people.expected().keySet());
        return out;
    }

    String counts() {
        return String.format(
                "%d edits on both sides, %d on one side, %d people created, %d calls retried",
                bothSides.get(), oneSide.get(), created.get(), user.retries());
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
