package io.crmsync.connection.internal;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connection.ConnectionMode;
import io.crmsync.connection.ConnectionTestResult;
import io.crmsync.spi.ApiLimits;
import io.crmsync.spi.AuthFlow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code crm_connection}, one row per side. */
@Repository
public class ConnectionRepository {

    private final JdbcClient jdbc;

    ConnectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredConnection> find(ExternalSystem system) {
        return jdbc.sql("SELECT * FROM crm_connection WHERE system_name = ?")
                .param(system.name())
                .query((rs, n) -> map(system, rs))
                .optional();
    }

    /** Locks the row for the rest of the transaction, so that two saves cannot interleave. */
    public Optional<StoredConnection> lock(ExternalSystem system) {
        return jdbc.sql("SELECT * FROM crm_connection WHERE system_name = ? FOR UPDATE")
                .param(system.name())
                .query((rs, n) -> map(system, rs))
                .optional();
    }

    public void save(StoredConnection c, Instant at, String by) {
        jdbc.sql(
                        """
                        INSERT INTO crm_connection (system_name, mode, flow, base_url, client_id,
                          client_secret_enc, refresh_token_enc, access_token_enc, linked_account_id,
                          updated_at, updated_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE mode = VALUES(mode), flow = VALUES(flow),
                          base_url = VALUES(base_url), client_id = VALUES(client_id),
                          client_secret_enc = VALUES(client_secret_enc),
                          refresh_token_enc = VALUES(refresh_token_enc),
                          access_token_enc = VALUES(access_token_enc),
                          linked_account_id = VALUES(linked_account_id),
                          updated_at = VALUES(updated_at), updated_by = VALUES(updated_by)
                        """)
                .params(
                        c.system().name(),
                        c.mode().name(),
                        c.flow().name(),
                        c.baseUrl(),
                        c.clientId(),
                        c.clientSecretEnc(),
                        c.refreshTokenEnc(),
                        c.accessTokenEnc(),
                        c.linkedAccountId(),
                        Timestamp.from(at),
                        by)
                .update();
    }

    public void saveTest(ExternalSystem system, ConnectionTestResult r, String linkedAccountId) {
        ApiLimits limits = r.limits() == null ? new ApiLimits(null, null, null) : r.limits();
        jdbc.sql(
                        """
                        UPDATE crm_connection SET tested_at = ?, test_ok = ?, test_message = ?,
                          tested_account_id = ?, tested_user = ?, tested_api_version = ?,
                          tested_instance_url = ?, linked_account_id = ?, tested_daily_limit = ?,
                          tested_daily_remaining = ?, tested_limits_at = ?
                        WHERE system_name = ?
                        """)
                .params(
                        Timestamp.from(r.at()),
                        r.ok(),
                        cut(r.message(), 1000),
                        cut(r.accountId(), 64),
                        cut(r.user(), 255),
                        cut(r.apiVersion(), 32),
                        cut(r.instanceUrl(), 500),
                        linkedAccountId,
                        limits.dailyLimit(),
                        limits.dailyRemaining(),
                        limits.asOf() == null ? null : Timestamp.from(limits.asOf()),
                        system.name())
                .update();
    }

    private static StoredConnection map(ExternalSystem system, ResultSet rs) throws SQLException {
        Timestamp testedAt = rs.getTimestamp("tested_at");
        ConnectionTestResult test =
                testedAt == null
                        ? null
                        : new ConnectionTestResult(
                                rs.getBoolean("test_ok"),
                                rs.getString("test_message"),
                                rs.getString("tested_account_id"),
                                rs.getString("tested_user"),
                                rs.getString("tested_api_version"),
                                rs.getString("tested_instance_url"),
                                testedAt.toInstant(),
                                limits(rs));
        return new StoredConnection(
                system,
                ConnectionMode.valueOf(rs.getString("mode")),
                AuthFlow.valueOf(rs.getString("flow")),
                rs.getString("base_url"),
                rs.getString("client_id"),
                rs.getString("client_secret_enc"),
                rs.getString("refresh_token_enc"),
                rs.getString("access_token_enc"),
                rs.getString("linked_account_id"),
                test);
    }

    private static ApiLimits limits(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp("tested_limits_at");
        return new ApiLimits(
                rs.getObject("tested_daily_limit", Long.class),
                rs.getObject("tested_daily_remaining", Long.class),
                at == null ? null : at.toInstant());
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
