package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.schema.ObjectDef;
import io.crmsync.sandbox.salesforce.store.RecordStore;
import io.crmsync.sandbox.salesforce.store.SfRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a person can do in the simulated Salesforce org, for the sandbox UI and for tests. Nothing
 * here counts against the API allocation, and record edits are made as a human user (not the
 * integration user) without a {@code Sforce-Call-Options} client, exactly as a salesperson's edits
 * in the real UI. Failed edits throw an exception whose message is the Salesforce error.
 */
@Service
public class SalesforceSandbox {

    private final SettingsHolder settings;
    private final UsageMeter usage;
    private final TokenService tokens;
    private final RecordStore store;
    private final ApiSupport api;
    private final RecordWriter writer;
    private final PersonActions person;
    private final SalesforceOrg org;
    private final JsonMapper json = JsonMapper.builder().build();

    SalesforceSandbox(
            SettingsHolder settings,
            UsageMeter usage,
            TokenService tokens,
            RecordStore store,
            ApiSupport api,
            RecordWriter writer,
            PersonActions person,
            SalesforceOrg org) {
        this.settings = settings;
        this.usage = usage;
        this.tokens = tokens;
        this.store = store;
        this.api = api;
        this.writer = writer;
        this.person = person;
        this.org = org;
    }

    /** The object types the org has, by API name. */
    public List<String> objectTypes() {
        return settings.catalog().objects().stream().map(ObjectDef::name).toList();
    }

    /** Live records of a type whose values contain {@code text} (ignoring case), oldest first. */
    public List<SandboxRecord> records(String type, String text, int offset, int limit) {
        String needle = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return store.all(api.object(type).name()).stream()
                .filter(r -> !r.deleted())
                .filter(
                        r ->
                                needle.isEmpty()
                                        || r.values().values().stream()
                                                .anyMatch(
                                                        v ->
                                                                v != null
                                                                        && v.toString()
                                                                                .toLowerCase(
                                                                                        Locale.ROOT)
                                                                                .contains(needle)))
                .skip(offset)
                .limit(limit)
                .map(this::view)
                .toList();
    }

    public long count(String type) {
        return store.all(api.object(type).name()).stream().filter(r -> !r.deleted()).count();
    }

    public Optional<SandboxRecord> get(String id) {
        return api.find(id).map(this::view);
    }

    public SandboxRecord create(String type, Map<String, Object> values) {
        ObjectDef def = api.object(type);
        return view(
                writer.atomically(
                        () -> person.saveOne(writer.create(def, values, person.person()))));
    }

    public SandboxRecord update(String id, Map<String, Object> values) {
        return view(
                writer.atomically(
                        () -> {
                            SfRecord existing = api.find(id).orElseThrow(SfApiException::notFound);
                            return person.saveOne(
                                    writer.update(
                                            api.object(existing.type()),
                                            existing,
                                            values,
                                            person.person()));
                        }));
    }

    public void delete(String id) {
        writer.atomically(
                () ->
                        person.saveOne(
                                writer.delete(
                                        api.find(id).orElseThrow(SfApiException::notFound),
                                        person.person())));
    }

    /**
     * Converts a lead; returns the new {@code accountId}, {@code contactId}, {@code opportunityId}.
     */
    public Map<String, String> convertLead(String leadId, boolean createOpportunity) {
        return person.convertLead(leadId, createOpportunity);
    }

    /**
     * Merges records of one type into the master; the losers are deleted with MasterRecordId set.
     */
    public void merge(String type, String masterId, List<String> loserIds) {
        person.merge(type, masterId, loserIds);
    }

    public SandboxRecord addContactRole(
            String opportunityId, String contactId, String role, boolean primary) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("OpportunityId", opportunityId);
        values.put("ContactId", contactId);
        values.put("Role", role);
        values.put("IsPrimary", primary);
        return create("OpportunityContactRole", values);
    }

    public SandboxRecord moveOpportunityStage(String opportunityId, String stageName) {
        return update(opportunityId, Map.of("StageName", stageName));
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

    private SandboxRecord view(SfRecord record) {
        return new SandboxRecord(
                record.id(), record.type(), record.values(), record.lastClient(), writer(record));
    }

    /** Who wrote the record last, from its LastModifiedById and the API client it gave. */
    private String writer(SfRecord record) {
        Object user = record.values().get("LastModifiedById");
        if (org.personUserId().equals(user)) {
            return SandboxRecord.PERSON;
        }
        if (SandboxRecord.CRMSYNC_CLIENT.equals(record.lastClient())) {
            return SandboxRecord.CRMSYNC;
        }
        return record.lastClient() == null
                ? "An API client"
                : "An API client (" + record.lastClient() + ")";
    }
}
