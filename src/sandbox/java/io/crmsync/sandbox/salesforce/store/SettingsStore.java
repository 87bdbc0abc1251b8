package io.crmsync.sandbox.salesforce.store;

import io.crmsync.sandbox.SandboxAutoConfiguration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Named values of the simulated org (its id, its users, admin settings) that outlive a restart. */
@Component("salesforceSettingsStore")
@DependsOn(SandboxAutoConfiguration.SCHEMA_BEAN)
public class SettingsStore {

    private final JdbcTemplate jdbc;

    SettingsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> get(String name) {
        List<String> values =
                jdbc.queryForList(
                        "SELECT value FROM sbx_sf_setting WHERE name = ?", String.class, name);
        return values.stream().findFirst();
    }

    public void put(String name, String value) {
        jdbc.update(
                "INSERT INTO sbx_sf_setting (name, value) VALUES (?, ?)"
                        + " ON DUPLICATE KEY UPDATE value = VALUES(value)",
                name,
                value);
    }

    /** The stored value, or a new one from {@code initial} that is stored for next time. */
    public synchronized String getOrCreate(String name, Supplier<String> initial) {
        return get(name)
                .orElseGet(
                        () -> {
                            String value = initial.get();
                            put(name, value);
                            return value;
                        });
    }
}
