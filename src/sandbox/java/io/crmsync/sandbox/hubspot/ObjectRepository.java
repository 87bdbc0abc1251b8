package io.crmsync.sandbox.hubspot;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The records' rows in {@code sbx_hs_object}, written in JDBC batches. */
@Component
class ObjectRepository {

    private final JdbcTemplate jdbc;

    ObjectRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void loadAll(Consumer<HsObject> sink) {
        jdbc.query(
                "SELECT object_type, id, properties, created_at, updated_at, archived_at"
                        + " FROM sbx_hs_object ORDER BY object_type, id",
                rs -> {
                    long archivedAt = rs.getLong(6);
                    Long archived = rs.wasNull() ? null : archivedAt;
                    sink.accept(
                            new HsObject(
                                    rs.getString(1),
                                    rs.getLong(2),
                                    Json.readStrings(rs.getString(3)),
                                    rs.getLong(4),
                                    rs.getLong(5),
                                    archived));
                });
    }

    void saveAll(List<HsObject> objects) {
        jdbc.batchUpdate(
                "INSERT INTO sbx_hs_object"
                        + " (object_type, id, properties, created_at, updated_at, archived_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
                        + " properties = VALUES(properties), updated_at = VALUES(updated_at),"
                        + " archived_at = VALUES(archived_at)",
                objects,
                500,
                (ps, o) -> {
                    ps.setString(1, o.typeId());
                    ps.setLong(2, o.id());
                    ps.setString(3, Json.write(o.properties()));
                    ps.setLong(4, o.createdAt());
                    ps.setLong(5, o.updatedAt());
                    if (o.archivedAt() == null) {
                        ps.setNull(6, java.sql.Types.BIGINT);
                    } else {
                        ps.setLong(6, o.archivedAt());
                    }
                });
    }

    void deleteAll(List<HsObject> objects) {
        jdbc.batchUpdate(
                "DELETE FROM sbx_hs_object WHERE object_type = ? AND id = ?",
                objects,
                500,
                (ps, o) -> {
                    ps.setString(1, o.typeId());
                    ps.setLong(2, o.id());
                });
    }
}
