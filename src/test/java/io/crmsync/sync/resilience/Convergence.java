package io.crmsync.sync.resilience;

import io.crmsync.sandbox.hubspot.HubSpotSandbox;
import io.crmsync.sandbox.salesforce.SandboxRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What both sandboxes hold for a set of expected contacts: by email, the values both sides should
 * show, keyed by Salesforce field ({@link #PROPERTIES} names the HubSpot property). Converged means
 * every email is on both sides with those values; duplicates are emails held by more than one
 * record on a side.
 */
record Convergence(List<String> missing, List<String> stale, List<String> duplicates) {

    static final Map<String, String> PROPERTIES =
            Map.of("LastName", "lastname", "Title", "jobtitle", "FirstName", "firstname");

    static Convergence check(SyncRig rig, Map<String, Map<String, String>> expected) {
        Map<String, List<SandboxRecord>> salesforce = rig.salesforceByEmail();
        Map<String, List<HubSpotSandbox.RecordView>> hubSpot = rig.hubSpotByEmail();
        List<String> missing = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        salesforce.forEach(
                (email, records) -> {
                    if (records.size() > 1) {
                        duplicates.add("Salesforce " + email + " x" + records.size());
                    }
                });
        hubSpot.forEach(
                (email, records) -> {
                    if (records.size() > 1) {
                        duplicates.add("HubSpot " + email + " x" + records.size());
                    }
                });
        expected.forEach(
                (email, values) -> {
                    List<SandboxRecord> sf = salesforce.get(email);
                    List<HubSpotSandbox.RecordView> hs = hubSpot.get(email);
                    if (sf == null || hs == null) {
                        missing.add(email + (sf == null ? " (Salesforce)" : " (HubSpot)"));
                        return;
                    }
                    boolean sfOk = sf.stream().anyMatch(r -> holds(r.values(), values, k -> k));
                    boolean hsOk =
                            hs.stream()
                                    .anyMatch(r -> holds(r.properties(), values, PROPERTIES::get));
                    if (!sfOk || !hsOk) {
                        stale.add(email + " wants " + values);
                    }
                });
        return new Convergence(missing, stale, duplicates);
    }

    private static boolean holds(
            Map<String, ?> actual,
            Map<String, String> expected,
            java.util.function.UnaryOperator<String> name) {
        return expected.entrySet().stream()
                .allMatch(e -> Objects.equals(e.getValue(), actual.get(name.apply(e.getKey()))));
    }

    boolean converged() {
        return missing.isEmpty() && stale.isEmpty();
    }

    @Override
    public String toString() {
        return "missing "
                + missing.size()
                + first(missing)
                + ", stale "
                + stale.size()
                + first(stale)
                + ", duplicates "
                + duplicates.size()
                + first(duplicates);
    }

    private static String first(List<String> list) {
        return list.isEmpty() ? "" : " e.g. " + list.subList(0, Math.min(3, list.size()));
    }
}
