package io.crmsync.sync.resilience;

import io.crmsync.sandbox.hubspot.HubSpotSandbox;
import io.crmsync.sandbox.salesforce.SandboxRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For the first person of each failure the harness found, what both CRMs hold (with who wrote it
 * last and when) and what the node stored: its links to those records, their field states and every
 * write it made, so that a failing run explains itself next to the node's logs.
 */
final class ChaosDiagnosis {

    private static final Pattern PERSON = Pattern.compile("Chaos-(\\d+)|person=(\\d+)");

    private ChaosDiagnosis() {}

    static void print(SyncRig rig, ChaosVerdict verdict) {
        first(rig, "duplicate", verdict.duplicates());
        first(rig, "lost update", verdict.lostUpdates());
        first(rig, "erased", verdict.erased());
    }

    private static void first(SyncRig rig, String what, List<String> failures) {
        if (failures.isEmpty()) {
            return;
        }
        Matcher m = PERSON.matcher(failures.getFirst());
        if (!m.find()) {
            return;
        }
        String identity = "Chaos-" + (m.group(1) != null ? m.group(1) : m.group(2));
        System.out.println("CHAOS-DIAGNOSIS first " + what + ": " + identity);
        List<String> ids = new ArrayList<>();
        for (SandboxRecord r : rig.salesforce().records("Contact", identity, 0, 100)) {
            if (identity.equals(String.valueOf(r.values().get("LastName")))) {
                ids.add(r.id());
                System.out.println(
                        "  Salesforce "
                                + r.id()
                                + " Email="
                                + r.values().get("Email")
                                + " Title="
                                + r.values().get("Title")
                                + " LastModifiedDate="
                                + r.values().get("LastModifiedDate")
                                + " CreatedDate="
                                + r.values().get("CreatedDate")
                                + " lastWriter="
                                + r.lastWriter());
            }
        }
        for (HubSpotSandbox.RecordView r :
                rig.hubSpot().records("contacts", 0, 100, identity).records()) {
            if (identity.equals(r.properties().get("lastname"))) {
                ids.add(r.id());
                System.out.println(
                        "  HubSpot "
                                + r.id()
                                + " email="
                                + r.properties().get("email")
                                + " jobtitle="
                                + r.properties().get("jobtitle")
                                + " createdAt="
                                + r.createdAt()
                                + " updatedAt="
                                + r.updatedAt()
                                + " lastWriter="
                                + r.lastWriter());
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        String in = String.join(",", ids.stream().map(id -> "'" + id + "'").toList());
        List<Map<String, Object>> links =
                rig.db
                        .sql(
                                "SELECT * FROM sync_link WHERE hubspot_id IN ("
                                        + in
                                        + ") OR salesforce_id IN ("
                                        + in
                                        + ")")
                        .query()
                        .listOfRows();
        for (Map<String, Object> link : links) {
            System.out.println("  link " + link);
            Object id = link.get("id");
            rig.db
                    .sql("SELECT * FROM sync_field_state WHERE link_id = ?")
                    .param(id)
                    .query()
                    .listOfRows()
                    .forEach(s -> System.out.println("    state " + s));
            rig.db
                    .sql("SELECT * FROM sync_provenance WHERE link_id = ? ORDER BY id")
                    .param(id)
                    .query()
                    .listOfRows()
                    .forEach(p -> System.out.println("    wrote " + p));
        }
        rig.db.sql("SELECT * FROM sync_error").query().listOfRows().stream()
                .filter(e -> ids.stream().anyMatch(id -> e.toString().contains(id)))
                .forEach(e -> System.out.println("    error " + e));
    }
}
