package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.schema.SchemaCatalog;
import io.crmsync.sandbox.salesforce.store.SettingsStore;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The current {@link SalesforceSettings}, persisted so that they survive a restart. */
@Component("salesforceSettingsHolder")
class SettingsHolder {

    private static final String KEY = "org.settings";

    private final SettingsStore store;
    private final JsonMapper json = JsonMapper.builder().build();
    private volatile SalesforceSettings settings;

    SettingsHolder(SettingsStore store) {
        this.store = store;
        this.settings =
                store.get(KEY)
                        .map(value -> json.readValue(value, SalesforceSettings.class))
                        .orElse(SalesforceSettings.DEFAULTS);
    }

    SalesforceSettings get() {
        return settings;
    }

    SchemaCatalog catalog() {
        return SchemaCatalog.of(settings.stateCountryMode());
    }

    synchronized void set(SalesforceSettings newSettings) {
        store.put(KEY, json.writeValueAsString(newSettings));
        settings = newSettings;
    }
}
