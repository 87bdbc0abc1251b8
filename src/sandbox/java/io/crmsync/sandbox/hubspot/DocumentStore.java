package io.crmsync.sandbox.hubspot;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Small JSON documents by kind and key (portal, custom properties and schemas, lists, webhooks).
 */
@Component
class DocumentStore {

    private final JdbcTemplate jdbc;

    DocumentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void put(String kind, String key, Object document) {
        jdbc.update(
                "INSERT INTO sbx_hs_document (kind, doc_key, body) VALUES (?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE body = VALUES(body)",
                kind,
                key,
                Json.write(document));
    }

    void delete(String kind, String key) {
        jdbc.update("DELETE FROM sbx_hs_document WHERE kind = ? AND doc_key = ?", kind, key);
    }

    /** The documents of a kind by key, in key order. */
    Map<String, Map<String, Object>> all(String kind) {
        Map<String, Map<String, Object>> documents = new LinkedHashMap<>();
        jdbc.query(
                "SELECT doc_key, body FROM sbx_hs_document WHERE kind = ? ORDER BY doc_key",
                rs -> {
                    documents.put(rs.getString(1), Json.readMap(rs.getString(2)));
                },
                kind);
        return documents;
    }
}
