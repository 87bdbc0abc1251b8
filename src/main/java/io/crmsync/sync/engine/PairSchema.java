package io.crmsync.sync.engine;

import io.crmsync.connection.Connectors;
import io.crmsync.spi.FieldSchema;
import io.crmsync.spi.ObjectSchema;
import io.crmsync.sync.FieldMapping;
import io.crmsync.sync.SyncObject;
import io.crmsync.sync.SyncRule;
import io.crmsync.sync.settings.SyncSettings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Each pair's mappings resolved against the describes of its objects: HubSpot contacts and
 * Salesforce contacts and leads, HubSpot companies and Salesforce accounts. A Salesforce type
 * belongs to one pair only, so it names the mappings. The connectors keep the describes (ADR 034),
 * so a batch costs no describe call.
 */
@Component
class PairSchema {

    static final String HUBSPOT_TYPE = "contacts";
    static final String CONTACT = "Contact";
    static final String LEAD = "Lead";
    static final String ACCOUNT = "Account";
    static final String COMPANIES = "companies";
    static final String OPPORTUNITY = "Opportunity";
    static final String DEALS = "deals";

    /** HubSpot's read-only contact property naming the contact's primary company (S9). */
    static final String PRIMARY_COMPANY = "associatedcompanyid";

    private final Connectors connectors;
    private final SyncSettings settings;

    PairSchema(Connectors connectors, SyncSettings settings) {
        this.connectors = connectors;
        this.settings = settings;
    }

    /** The mapped fields that exist on both sides for this Salesforce object. */
    List<MappedField> fields(String salesforceType) {
        SyncObject object = SyncObject.ofSalesforceType(salesforceType);
        ObjectSchema hubSpot = hubSpot(object.hubSpotType());
        ObjectSchema salesforce = salesforce(salesforceType);
        List<MappedField> fields = new ArrayList<>();
        for (FieldMapping mapping : settings.mappings(object)) {
            if (mapping.rule() == SyncRule.DONT_SYNC) {
                continue;
            }
            Optional<FieldSchema> property = hubSpot.field(mapping.hubSpotProperty());
            Optional<FieldSchema> field =
                    salesforce.field(salesforceName(mapping.salesforceField(), salesforceType));
            if (property.isPresent() && field.isPresent()) {
                fields.add(new MappedField(mapping, property.get(), field.get()));
            }
        }
        return fields;
    }

    /** The Salesforce fields to read for this object: the mapped ones and what the engine needs. */
    List<String> salesforceFields(String salesforceType) {
        Set<String> names = new LinkedHashSet<>();
        if (ACCOUNT.equals(salesforceType)) {
            names.add("Name");
        } else if (OPPORTUNITY.equals(salesforceType)) {
            names.addAll(List.of("Name", "StageName", "AccountId", "IsClosed", "IsWon"));
        } else {
            names.add("Email");
            names.add("FirstName");
            names.add("LastName");
        }
        ObjectSchema schema = salesforce(salesforceType);
        for (MappedField field : fields(salesforceType)) {
            names.add(field.salesforceName());
            if (field.isState() || field.isCountry()) {
                String code = field.salesforceName() + "Code";
                schema.field(code).ifPresent(f -> names.add(f.name()));
            }
        }
        if (OPPORTUNITY.equals(salesforceType)) {
            schema.field(StageMap.RECORD_TYPE).ifPresent(f -> names.add(f.name()));
        }
        if (LEAD.equals(salesforceType)) {
            names.add("IsConverted");
            names.add("ConvertedContactId");
        } else if (CONTACT.equals(salesforceType)) {
            names.add("AccountId");
        }
        return List.copyOf(names);
    }

    /**
     * The HubSpot properties to read for this object: the mapped ones and what the engine needs.
     */
    List<String> hubSpotProperties(String hubSpotType) {
        SyncObject object = SyncObject.ofHubSpotType(hubSpotType);
        Set<String> names = new LinkedHashSet<>();
        switch (object) {
            case CONTACT -> names.addAll(List.of("email", "firstname", "lastname"));
            case COMPANY -> names.add("name");
            case DEAL -> names.addAll(List.of("dealname", "pipeline", "dealstage"));
        }
        if (object != SyncObject.DEAL) {
            names.add("lifecyclestage");
        }
        ObjectSchema hubSpot = hubSpot(hubSpotType);
        if (object == SyncObject.CONTACT && hubSpot.field(PRIMARY_COMPANY).isPresent()) {
            names.add(PRIMARY_COMPANY);
        }
        for (FieldMapping mapping : settings.mappings(object)) {
            if (mapping.rule() != SyncRule.DONT_SYNC
                    && hubSpot.field(mapping.hubSpotProperty()).isPresent()) {
                names.add(mapping.hubSpotProperty());
            }
        }
        return List.copyOf(names);
    }

    /** HubSpot contacts. */
    ObjectSchema hubSpot() {
        return hubSpot(HUBSPOT_TYPE);
    }

    ObjectSchema hubSpot(String hubSpotType) {
        return connectors.hubSpot().describe(hubSpotType);
    }

    ObjectSchema salesforce(String type) {
        return connectors.salesforce().describe(type);
    }

    /** Drops the cached schemas, after a write named a field that does not exist any more. */
    void invalidate() {
        connectors.hubSpot().invalidateSchemas();
        connectors.salesforce().invalidateSchemas();
    }

    /** A lead's address fields have no {@code Mailing} prefix. */
    static String salesforceName(String contactField, String salesforceType) {
        if (LEAD.equals(salesforceType) && contactField.startsWith("Mailing")) {
            return contactField.substring("Mailing".length());
        }
        return contactField;
    }
}
