package io.crmsync.sandbox;

import io.crmsync.base.ExternalSystem;
import io.crmsync.sandbox.hubspot.HubSpotSandbox;
import io.crmsync.sandbox.salesforce.SalesforceSandbox;
import io.crmsync.sandbox.salesforce.SandboxRecord;
import io.crmsync.sandbox.salesforce.schema.StateCountryMode;
import io.crmsync.security.AppRoles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The Sandbox page's way into both simulated CRMs, acting as a person would in their own UI: these
 * edits are not the integration's API use, and they reach crmsync as changes made by someone else.
 */
@Service
public class SandboxRecordService {

    private final SalesforceSandbox salesforce;
    private final HubSpotSandbox hubspot;

    SandboxRecordService(SalesforceSandbox salesforce, HubSpotSandbox hubspot) {
        this.salesforce = salesforce;
        this.hubspot = hubspot;
    }

    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public List<String> objectTypes(ExternalSystem system) {
        return system == ExternalSystem.SALESFORCE
                ? salesforce.objectTypes()
                : hubspot.objectTypes().stream().map(HubSpotSandbox.TypeView::name).toList();
    }

    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public List<SandboxRow> records(
            ExternalSystem system, String type, String text, int offset, int limit) {
        if (system == ExternalSystem.SALESFORCE) {
            return salesforce.records(type, text, offset, limit).stream()
                    .map(SandboxRecordService::row)
                    .toList();
        }
        return hubspot.records(type, offset, limit, text).records().stream()
                .map(view -> row(type, view))
                .toList();
    }

    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public int count(ExternalSystem system, String type, String text) {
        if (system == ExternalSystem.SALESFORCE) {
            return text == null || text.isBlank()
                    ? (int) salesforce.count(type)
                    : salesforce.records(type, text, 0, Integer.MAX_VALUE).size();
        }
        return hubspot.records(type, 0, 0, text).total();
    }

    /**
     * The live record of this type with exactly this id (a Salesforce id in its 15- or 18-character
     * form), as {@link #records} shows it when searching for the id.
     */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public Optional<SandboxRow> find(ExternalSystem system, String type, String id) {
        if (id == null || id.isBlank() || !objectTypes(system).contains(type)) {
            return Optional.empty();
        }
        String wanted = id.strip();
        return records(system, type, wanted, 0, 1000).stream()
                .filter(
                        row ->
                                row.id().equals(wanted)
                                        || (system == ExternalSystem.SALESFORCE
                                                && wanted.length() == 15
                                                && row.id().startsWith(wanted)))
                .findFirst();
    }

    /**
     * Creates the record when {@code id} is null, else changes the given fields; empty text clears.
     */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public SandboxRow save(
            ExternalSystem system, String type, String id, Map<String, String> fields) {
        return refused(
                () -> {
                    if (system == ExternalSystem.SALESFORCE) {
                        Map<String, Object> values = salesforceValues(fields);
                        return row(
                                id == null
                                        ? salesforce.create(type, values)
                                        : salesforce.update(id, values));
                    }
                    return row(
                            type,
                            id == null
                                    ? hubspot.create(type, fields)
                                    : hubspot.update(type, id, fields));
                });
    }

    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public void delete(ExternalSystem system, String type, String id) {
        refused(
                () -> {
                    if (system == ExternalSystem.SALESFORCE) {
                        salesforce.delete(id);
                    } else {
                        hubspot.delete(type, id);
                    }
                    return null;
                });
    }

    /** Converts a Salesforce lead into a contact and an account (and an opportunity, if asked). */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public Map<String, String> convertLead(String leadId, boolean createOpportunity) {
        return refused(() -> salesforce.convertLead(leadId, createOpportunity));
    }

    /** Moves a Salesforce opportunity or a HubSpot deal to another stage. */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public SandboxRow moveStage(ExternalSystem system, String id, String stage) {
        return refused(
                () ->
                        system == ExternalSystem.SALESFORCE
                                ? row(salesforce.moveOpportunityStage(id, stage))
                                : row("deals", hubspot.moveDealStage(id, stage)));
    }

    /** Merges {@code loserId} into {@code masterId}, as a person merges duplicates. */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public void merge(ExternalSystem system, String type, String masterId, String loserId) {
        refused(
                () -> {
                    if (system == ExternalSystem.SALESFORCE) {
                        salesforce.merge(type, masterId, List.of(loserId));
                    } else {
                        hubspot.mergeContacts(masterId, loserId);
                    }
                    return null;
                });
    }

    /** Adds a contact to a Salesforce opportunity, which drives the lifecycle stage in HubSpot. */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public SandboxRow addContactRole(
            String opportunityId, String contactId, String role, boolean primary) {
        return refused(
                () -> row(salesforce.addContactRole(opportunityId, contactId, role, primary)));
    }

    /** The Salesforce org's State and Country/Territory Picklists setting. */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public StateCountryMode stateCountryMode() {
        return salesforce.settings().stateCountryMode();
    }

    /** Turns the Salesforce org's state and country picklists off or on, as its admin would. */
    @PreAuthorize(AppRoles.IS_EDITOR_OR_ADMIN)
    public void setStateCountryMode(StateCountryMode mode) {
        salesforce.patchSettings(Map.of("stateCountryMode", mode.name()));
    }

    private static <T> T refused(Supplier<T> edit) {
        try {
            return edit.get();
        } catch (RuntimeException refused) {
            String message =
                    refused.getMessage() == null
                            ? refused.getClass().getSimpleName()
                            : refused.getMessage();
            throw new SandboxEditRejected(message, refused);
        }
    }

    private static Map<String, Object> salesforceValues(Map<String, String> fields) {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach(
                (name, text) ->
                        values.put(
                                name,
                                switch (text == null ? "" : text.strip()) {
                                    case "" -> null;
                                    case "true" -> Boolean.TRUE;
                                    case "false" -> Boolean.FALSE;
                                    default -> text;
                                }));
        return values;
    }

    private static SandboxRow row(SandboxRecord record) {
        Map<String, String> fields = new TreeMap<>();
        record.values()
                .forEach(
                        (name, value) -> {
                            if (value != null
                                    && !(value instanceof Map)
                                    && !"attributes".equals(name)) {
                                fields.put(name, String.valueOf(value));
                            }
                        });
        return new SandboxRow(record.id(), record.type(), fields, record.lastWriter());
    }

    private static SandboxRow row(String type, HubSpotSandbox.RecordView view) {
        return new SandboxRow(view.id(), type, new TreeMap<>(view.properties()), view.lastWriter());
    }
}
