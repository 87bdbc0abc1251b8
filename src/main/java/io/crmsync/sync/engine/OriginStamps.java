package io.crmsync.sync.engine;

import io.crmsync.connection.Connectors;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.PropertyCapable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The id of the record a contact was created from or linked to, kept on the contact itself: a
 * Salesforce record's {@code HubSpot_Id__c}, a HubSpot contact's {@code salesforce_record_id}. A
 * link that a crash or a lost answer kept from being stored is found again through these, however
 * the emails changed since, so that no second record is made (ADR 032).
 */
@Component
class OriginStamps {

    static final String SALESFORCE_FIELD = "HubSpot_Id__c";
    static final String HUBSPOT_PROPERTY = "salesforce_record_id";

    private final Connectors connectors;
    private final ContactSchema schema;
    private volatile boolean propertyReady;

    OriginStamps(Connectors connectors, ContactSchema schema) {
        this.connectors = connectors;
        this.schema = schema;
    }

    /**
     * Whether HubSpot contacts have the stamp property, creating it the first time; one worker
     * creates it while the others wait, rather than each trying and meeting a 409.
     */
    synchronized boolean hubSpotReady() {
        if (propertyReady) {
            return true;
        }
        if (schema.hubSpot().field(HUBSPOT_PROPERTY).isPresent()) {
            propertyReady = true;
            return true;
        }
        if (connectors.hubSpot() instanceof PropertyCapable properties) {
            properties.ensureUniqueProperty(
                    ContactSchema.HUBSPOT_TYPE, HUBSPOT_PROPERTY, "Salesforce record id");
            schema.invalidate();
            propertyReady = true;
        }
        return propertyReady;
    }

    /** The HubSpot properties to read, with the stamp when HubSpot has it. */
    List<String> hubSpotProperties() {
        List<String> names = new ArrayList<>(schema.hubSpotProperties());
        if (propertyReady || schema.hubSpot().field(HUBSPOT_PROPERTY).isPresent()) {
            names.add(HUBSPOT_PROPERTY);
        }
        return names;
    }

    /** The Salesforce fields to read, with the stamp when the object has it. */
    List<String> salesforceFields(String salesforceType) {
        Set<String> names = new LinkedHashSet<>(schema.salesforceFields(salesforceType));
        if (schema.salesforce(salesforceType).field(SALESFORCE_FIELD).isPresent()) {
            names.add(SALESFORCE_FIELD);
        }
        return List.copyOf(names);
    }

    static String stamp(CrmRecord record, String field) {
        Object value = record.fields().get(field);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    /** HubSpot contacts by the Salesforce id stamped on them. */
    Map<String, CrmRecord> hubSpotByStamp(Collection<String> salesforceIds) {
        Map<String, CrmRecord> found = new HashMap<>();
        if (salesforceIds.isEmpty() || !hubSpotReady()) {
            return found;
        }
        for (CrmRecord r :
                connectors
                        .hubSpot()
                        .readByKey(
                                ContactSchema.HUBSPOT_TYPE,
                                HUBSPOT_PROPERTY,
                                salesforceIds,
                                withStamp(hubSpotProperties()))) {
            String stamp = stamp(r, HUBSPOT_PROPERTY);
            if (stamp != null && !r.deleted()) {
                found.put(stamp, r);
            }
        }
        return found;
    }

    private static List<String> withStamp(List<String> properties) {
        List<String> names = new ArrayList<>(properties);
        if (!names.contains(HUBSPOT_PROPERTY)) {
            names.add(HUBSPOT_PROPERTY);
        }
        return names;
    }

    /** HubSpot contacts by id. */
    Map<String, CrmRecord> hubSpotByIds(Collection<String> ids) {
        Map<String, CrmRecord> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        for (CrmRecord r :
                connectors
                        .hubSpot()
                        .readByIds(ContactSchema.HUBSPOT_TYPE, ids, hubSpotProperties())) {
            if (!r.deleted()) {
                found.put(r.id(), r);
            }
        }
        return found;
    }

    /** Salesforce leads and contacts by id; a lead's id starts with {@code 00Q}. */
    Map<String, CrmRecord> salesforceByIds(Collection<String> ids) {
        Map<String, CrmRecord> found = new HashMap<>();
        Map<String, List<String>> byType = new HashMap<>();
        for (String id : ids) {
            String type = id.startsWith("00Q") ? ContactSchema.LEAD : ContactSchema.CONTACT;
            byType.computeIfAbsent(type, t -> new ArrayList<>()).add(id);
        }
        CrmConnector salesforce = connectors.salesforce();
        byType.forEach(
                (type, typeIds) ->
                        salesforce
                                .readByIds(type, typeIds, salesforceFields(type))
                                .forEach(
                                        r -> {
                                            if (!r.deleted()) {
                                                found.put(r.id(), r);
                                            }
                                        }));
        return found;
    }
}
