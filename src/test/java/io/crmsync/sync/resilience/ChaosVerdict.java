package io.crmsync.sync.resilience;

import io.crmsync.sandbox.hubspot.HubSpotSandbox;
import io.crmsync.sandbox.salesforce.SandboxRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The harness's figures, computed from what both sandboxes hold against what {@link ChaosPeople}
 * expects: duplicates (a person held by more than one record on a side), missing people, lost
 * updates (an edit whose value is not finally on both sides), erased values (an expected value that
 * ended blank on a side) and other stale values. Converged means nobody is missing, every expected
 * value is on both sides and the node's queue is empty.
 */
record ChaosVerdict(
        int people,
        long queued,
        List<String> duplicates,
        List<String> missing,
        List<String> lostUpdates,
        List<String> erased,
        List<String> stale) {

    static ChaosVerdict check(SyncRig rig, ChaosPeople people) {
        long queued = rig.queued();
        Map<Integer, List<Map<String, String>>> salesforce = salesforce(rig);
        Map<Integer, List<Map<String, String>>> hubSpot = hubSpot(rig);
        List<String> duplicates = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> erased = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        people.expected()
                .forEach(
                        (person, values) -> {
                            List<Map<String, String>> sf =
                                    salesforce.getOrDefault(person, List.of());
                            List<Map<String, String>> hs = hubSpot.getOrDefault(person, List.of());
                            if (sf.size() > 1 || hs.size() > 1) {
                                duplicates.add(
                                        ChaosPeople.identity(person)
                                                + " Salesforce "
                                                + sf
                                                + " HubSpot "
                                                + hs);
                            }
                            if (sf.isEmpty() || hs.isEmpty()) {
                                missing.add(
                                        ChaosPeople.identity(person)
                                                + (sf.isEmpty() ? " (Salesforce)" : " (HubSpot)"));
                                return;
                            }
                            values.forEach(
                                    (field, want) -> {
                                        for (boolean isSf : new boolean[] {true, false}) {
                                            if (!people.checked(person, field, isSf)) {
                                                continue;
                                            }
                                            List<Map<String, String>> side = isSf ? sf : hs;
                                            if (side.stream()
                                                    .anyMatch(r -> want.equals(r.get(field)))) {
                                                continue;
                                            }
                                            String line =
                                                    ChaosPeople.identity(person)
                                                            + " "
                                                            + field
                                                            + (isSf
                                                                    ? " in Salesforce"
                                                                    : " in HubSpot")
                                                            + " wants '"
                                                            + want
                                                            + "' has "
                                                            + side.stream()
                                                                    .map(r -> r.get(field))
                                                                    .toList();
                                            if (side.stream().allMatch(r -> blank(r.get(field)))) {
                                                erased.add(line);
                                            } else {
                                                stale.add(line);
                                            }
                                        }
                                    });
                        });
        List<String> lost = new ArrayList<>();
        for (ChaosPeople.Edit edit : people.edits()) {
            List<Map<String, String>> sf = salesforce.getOrDefault(edit.person(), List.of());
            List<Map<String, String>> hs = hubSpot.getOrDefault(edit.person(), List.of());
            boolean onSf = sf.stream().anyMatch(r -> edit.value().equals(r.get(edit.field())));
            boolean onHs = hs.stream().anyMatch(r -> edit.value().equals(r.get(edit.field())));
            if (!onSf || !onHs) {
                lost.add(
                        edit
                                + ": Salesforce has "
                                + sf.stream().map(r -> r.get(edit.field())).toList()
                                + ", HubSpot has "
                                + hs.stream().map(r -> r.get(edit.field())).toList());
            }
        }
        return new ChaosVerdict(
                people.expected().size(), queued, duplicates, missing, lost, erased, stale);
    }

    /** Salesforce contacts and leads of the rig's domain by person, values by Salesforce field. */
    private static Map<Integer, List<Map<String, String>>> salesforce(SyncRig rig) {
        Map<Integer, List<Map<String, String>>> out = new HashMap<>();
        for (String type : List.of("Contact", "Lead")) {
            for (SandboxRecord r : rig.salesforce().records(type, "Chaos-", 0, Integer.MAX_VALUE)) {
                int person = ChaosPeople.person(text(r.values().get("LastName")));
                if (person >= 0) {
                    Map<String, String> values = new HashMap<>();
                    ChaosPeople.PROPERTIES
                            .keySet()
                            .forEach(f -> values.put(f, text(r.values().get(f))));
                    values.put("Id", r.id());
                    out.computeIfAbsent(person, k -> new ArrayList<>()).add(values);
                }
            }
        }
        return out;
    }

    /** HubSpot contacts by person, values by Salesforce field. */
    private static Map<Integer, List<Map<String, String>>> hubSpot(SyncRig rig) {
        Map<Integer, List<Map<String, String>>> out = new HashMap<>();
        for (HubSpotSandbox.RecordView r :
                rig.hubSpot().records("contacts", 0, Integer.MAX_VALUE, "Chaos-").records()) {
            int person = ChaosPeople.person(r.properties().get("lastname"));
            if (person >= 0) {
                Map<String, String> values = new HashMap<>();
                ChaosPeople.PROPERTIES.forEach(
                        (f, property) -> values.put(f, r.properties().get(property)));
                values.put("Id", r.id());
                out.computeIfAbsent(person, k -> new ArrayList<>()).add(values);
            }
        }
        return out;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    boolean converged() {
        return queued == 0
                && missing.isEmpty()
                && stale.isEmpty()
                && erased.isEmpty()
                && lostUpdates.isEmpty();
    }

    /** A fingerprint of the figures, to see when nothing moves any more. */
    String figures() {
        return Objects.hash(queued, duplicates, missing, lostUpdates, erased, stale) + "";
    }

    String summary() {
        return String.format(
                "people %d, queued %d, duplicates %d, missing %d, lost updates %d, erased %d,"
                        + " other stale values %d",
                people,
                queued,
                duplicates.size(),
                missing.size(),
                lostUpdates.size(),
                erased.size(),
                stale.size());
    }

    String examples() {
        StringBuilder out = new StringBuilder();
        example(out, "duplicate", duplicates);
        example(out, "missing", missing);
        example(out, "lost update", lostUpdates);
        example(out, "erased", erased);
        example(out, "stale", stale);
        return out.toString();
    }

    private static void example(StringBuilder out, String what, List<String> list) {
        list.stream()
                .limit(5)
                .forEach(e -> out.append("  ").append(what).append(": ").append(e).append('\n'));
    }
}
