package io.crmsync.sync.engine;

import io.crmsync.connection.Connectors;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.PropertyCapable;
import io.crmsync.sync.SyncObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The id of the record a record was created from or linked to, kept on the record itself: a
 * Salesforce record's {@code HubSpot_Id__c}, a HubSpot contact's {@code salesforce_record_id} or a
 * company's {@code salesforce_account_id} ({@link SyncObject#hubSpotStamp()}). A link that a crash
 * or a lost answer kept from being stored is found again through these, however the emails changed
 * since, so that no second record is made (ADR 032).
 */
@Component
class OriginStamps {

    static final String SALESFORCE_FIELD = "HubSpot_Id__c";
    static final String HUBSPOT_PROPERTY = SyncObject.CONTACT.hubSpotStamp();

    private final Connectors connectors;
    private final PairSchema schema;
    private final Set<String> readyTypes = ConcurrentHashMap.newKeySet();

    OriginStamps(Connectors connectors, PairSchema schema) {
        this.connectors = connectors;
        this.schema = schema;
    }

    /**
     * Whether the HubSpot object has its stamp property, creating it the first time; one worker
     * creates it while the others wait, rather than each trying and meeting a 409.
     */
    synchronized boolean hubSpotReady(String hubSpotType) {
        if (readyTypes.contains(hubSpotType)) {
            return true;
        }
        String stamp = stampOf(hubSpotType);
        if (schema.hubSpot(hubSpotType).field(stamp).isPresent()) {
            readyTypes.add(hubSpotType);
            return true;
        }
        if (connectors.hubSpot() instanceof PropertyCapable properties) {
            properties.ensureUniqueProperty(
                    hubSpotType,
                    stamp,
                    switch (SyncObject.ofHubSpotType(hubSpotType)) {
                        case CONTACT -> "Salesforce record id";
                        case COMPANY -> "Salesforce account id";
                        case DEAL -> "Salesforce opportunity id";
                    });
            schema.invalidate();
            readyTypes.add(hubSpotType);
        }
        return readyTypes.contains(hubSpotType);
    }

    /** The HubSpot properties to read, with the stamp when HubSpot has it. */
    List<String> hubSpotProperties(String hubSpotType) {
        List<String> names = new ArrayList<>(schema.hubSpotProperties(hubSpotType));
        String stamp = stampOf(hubSpotType);
        if (!names.contains(stamp)
                && (readyTypes.contains(hubSpotType)
                        || schema.hubSpot(hubSpotType).field(stamp).isPresent())) {
            names.add(stamp);
        }
        return names;
    }

    static String stampOf(String hubSpotType) {
        return SyncObject.ofHubSpotType(hubSpotType).hubSpotStamp();
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

    /** HubSpot records by the Salesforce id stamped on them. */
    Map<String, CrmRecord> hubSpotByStamp(String hubSpotType, Collection<String> salesforceIds) {
        Map<String, CrmRecord> found = new HashMap<>();
        if (salesforceIds.isEmpty() || !hubSpotReady(hubSpotType)) {
            return found;
        }
        String stampProperty = stampOf(hubSpotType);
        for (CrmRecord r :
                connectors
                        .hubSpot()
                        .readByKey(
                                hubSpotType,
                                stampProperty,
                                salesforceIds,
                                hubSpotProperties(hubSpotType))) {
            String stamp = stamp(r, stampProperty);
            if (stamp != null && !r.deleted()) {
                found.put(stamp, r);
            }
        }
        return found;
    }

    /** HubSpot records by id. */
    Map<String, CrmRecord> hubSpotByIds(String hubSpotType, Collection<String> ids) {
        Map<String, CrmRecord> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        for (CrmRecord r :
                connectors.hubSpot().readByIds(hubSpotType, ids, hubSpotProperties(hubSpotType))) {
            if (!r.deleted()) {
                found.put(r.id(), r);
            }
        }
        return found;
    }

    /** Salesforce records of a pair by id, each of the type the pair gives its id. */
    Map<String, CrmRecord> salesforceByIds(PairRules rules, Collection<String> ids) {
        Map<String, CrmRecord> found = new HashMap<>();
        Map<String, List<String>> byType = new HashMap<>();
        for (String id : ids) {
            String type = rules.salesforceTypeOf(id);
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
