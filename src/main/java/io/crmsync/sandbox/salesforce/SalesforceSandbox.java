package io.crmsync.sandbox.salesforce;

import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/**
 * What a person can do in the simulated Salesforce org, for the sandbox UI and for tests. Nothing
 * here counts against the API allocation, and record edits are made as a human user (not the
 * integration user) without a {@code Sforce-Call-Options} client, exactly as a salesperson's edits
 * in the real UI.
 */
@Service
public class SalesforceSandbox {

    private final SettingsHolder settings;
    private final UsageMeter usage;
    private final TokenService tokens;
    private final JsonMapper json = JsonMapper.builder().build();

    SalesforceSandbox(SettingsHolder settings, UsageMeter usage, TokenService tokens) {
        this.settings = settings;
        this.usage = usage;
        this.tokens = tokens;
    }

    public SalesforceSettings settings() {
        return settings.get();
    }

    public void updateSettings(SalesforceSettings newSettings) {
        settings.set(newSettings);
    }

    /** Changes only the named settings, e.g. {@code {"dailyApiLimit": 15000}}. */
    public SalesforceSettings patchSettings(Map<String, Object> changes) {
        @SuppressWarnings("unchecked")
        Map<String, Object> current = json.convertValue(settings.get(), Map.class);
        current.putAll(changes);
        SalesforceSettings merged = json.convertValue(current, SalesforceSettings.class);
        settings.set(merged);
        return merged;
    }

    /** API requests counted in the rolling 24-hour window. */
    public long apiUsage() {
        return usage.used();
    }

    public void resetUsage() {
        usage.reset();
    }

    /** Ends every API session; callers must get a new token (or refresh). */
    public void revokeSessions() {
        tokens.revokeAll();
    }
}
