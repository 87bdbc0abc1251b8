package io.crmsync.sync.engine;

import io.crmsync.sync.engine.LinkStore.Sync;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Stores links' synced fields: each field's state, and provenance for each field written. */
final class LinkSyncRows {

    private final JdbcTemplate template;

    LinkSyncRows(JdbcTemplate template) {
        this.template = template;
    }

    void store(List<Sync> syncs) {
        // The direction is the side last written: a sync that only read an echo keeps it.
        template.batchUpdate(
                "UPDATE sync_link SET last_synced_at = ?, last_run_id = ?,"
                        + " last_direction = COALESCE(?, last_direction) WHERE id = ?",
                syncs.stream()
                        .map(
                                s ->
                                        new Object[] {
                                            Timestamp.from(s.now()),
                                            s.runId(),
                                            s.writes().stream().anyMatch(FieldWrite::written)
                                                    ? s.target().name()
                                                    : null,
                                            s.linkId()
                                        })
                        .toList());
        List<Object[]> states = new ArrayList<>();
        List<Object[]> provenance = new ArrayList<>();
        for (Sync s : syncs) {
            for (FieldWrite w : s.writes()) {
                Timestamp modified =
                        w.sourceModifiedAt() == null ? null : Timestamp.from(w.sourceModifiedAt());
                states.add(
                        new Object[] {
                            s.linkId(),
                            w.field(),
                            truncate(w.hubSpotValue()),
                            truncate(w.salesforceValue()),
                            w.source().name(),
                            modified,
                            w.rule(),
                            s.runId(),
                            Timestamp.from(s.now())
                        });
                if (w.written()) {
                    provenance.add(
                            new Object[] {
                                s.linkId(),
                                w.field(),
                                truncate(w.writtenValue()),
                                w.source().name(),
                                s.target().name(),
                                w.rule(),
                                s.runId(),
                                modified,
                                Timestamp.from(s.now())
                            });
                }
            }
        }
        if (!states.isEmpty()) {
            template.batchUpdate(
                    """
                    INSERT INTO sync_field_state (link_id, field, hubspot_value, salesforce_value,
                      source, source_modified_at, rule_name, run_id, written_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE hubspot_value = VALUES(hubspot_value),
                      salesforce_value = VALUES(salesforce_value), source = VALUES(source),
                      source_modified_at = VALUES(source_modified_at),
                      rule_name = VALUES(rule_name), run_id = VALUES(run_id),
                      written_at = VALUES(written_at)
                    """,
                    states);
        }
        if (!provenance.isEmpty()) {
            template.batchUpdate(
                    """
                    INSERT INTO sync_provenance (link_id, field, field_value, source, target,
                      rule_name, run_id, source_modified_at, written_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    provenance);
        }
    }

    private static String truncate(String value) {
        return value == null || value.length() <= 1024 ? value : value.substring(0, 1024);
    }
}
