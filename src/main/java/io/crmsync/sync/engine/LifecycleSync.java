package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connection.Connectors;
import io.crmsync.spi.AssociationCapable;
import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import io.crmsync.sync.ContactSettings;
import io.crmsync.sync.settings.SyncSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Lifecycle stage from opportunity stage (PRODUCT.md S11). Only opportunity contact roles count: a
 * contact on an open opportunity becomes Opportunity, on a won one Customer. The stage never moves
 * backwards, optionally spreads to the other contacts of the company, and never changes Salesforce.
 * Changes of opportunities and of contact roles both trigger it.
 */
@Component
class LifecycleSync {

    static final String OPPORTUNITY = "Opportunity";
    static final String CONTACT_ROLE = "OpportunityContactRole";
    static final String PROPERTY = "lifecyclestage";
    static final String RULE = "LIFECYCLE_FROM_OPPORTUNITY";
    static final List<String> ORDER =
            List.of(
                    "subscriber",
                    "lead",
                    "marketingqualifiedlead",
                    "salesqualifiedlead",
                    "opportunity",
                    "customer",
                    "evangelist");

    private final Connectors connectors;
    private final SyncSettings settings;
    private final LinkStore links;
    private final Clock clock;

    LifecycleSync(Connectors connectors, SyncSettings settings, LinkStore links, Clock clock) {
        this.connectors = connectors;
        this.settings = settings;
        this.links = links;
        this.clock = clock;
    }

    BatchOutcome sync(String objectType, List<WorkItem> items, Long runId) {
        BatchOutcome out = new BatchOutcome();
        out.done.addAll(items);
        ContactSettings contactSettings = settings.contactSettings();
        if (!contactSettings.lifecycleFromOpportunities()) {
            return out;
        }
        CrmConnector salesforce = connectors.salesforce();
        Set<String> opportunities = new LinkedHashSet<>();
        for (WorkItem item : items) {
            if (OPPORTUNITY.equals(objectType)) {
                opportunities.add(item.recordId());
            } else if (item.snapshot() != null && !item.snapshot().deleted()) {
                Object opportunity = item.snapshot().fields().get("OpportunityId");
                if (opportunity != null) {
                    opportunities.add(opportunity.toString());
                }
            }
        }
        if (opportunities.isEmpty()) {
            return out;
        }
        Map<String, String> stageOfOpportunity = new HashMap<>();
        for (CrmRecord o :
                salesforce.readByIds(OPPORTUNITY, opportunities, List.of("IsClosed", "IsWon"))) {
            boolean won = Boolean.parseBoolean(Objects.toString(o.fields().get("IsWon"), "false"));
            boolean closed =
                    Boolean.parseBoolean(Objects.toString(o.fields().get("IsClosed"), "false"));
            if (won) {
                stageOfOpportunity.put(o.id(), "customer");
            } else if (!closed) {
                stageOfOpportunity.put(o.id(), "opportunity");
            }
        }
        Map<String, String> target = new HashMap<>();
        for (CrmRecord role :
                salesforce.readByKey(
                        CONTACT_ROLE,
                        "OpportunityId",
                        stageOfOpportunity.keySet(),
                        List.of("OpportunityId", "ContactId"))) {
            String stage =
                    stageOfOpportunity.get(
                            Objects.toString(role.fields().get("OpportunityId"), ""));
            Object contact = role.fields().get("ContactId");
            if (stage != null && contact != null) {
                target.merge(contact.toString(), stage, LifecycleSync::later);
            }
        }
        Map<String, String> byHubSpot = new LinkedHashMap<>();
        links.bySalesforceIds(LinkStore.CONTACT, target.keySet())
                .forEach((sf, link) -> byHubSpot.put(link.hubSpotId(), target.get(sf)));
        if (contactSettings.companyLifecycleSync()) {
            spreadToCompanies(byHubSpot);
        }
        try {
            apply(byHubSpot, out, runId);
        } catch (ConnectorException e) {
            out.done.clear();
            Outcomes.failedAll(out, items, e.failure());
        }
        return out;
    }

    /** The other contacts of each contact's companies get the same stage. */
    private void spreadToCompanies(Map<String, String> byHubSpot) {
        if (byHubSpot.isEmpty()
                || !(connectors.hubSpot() instanceof AssociationCapable associations)) {
            return;
        }
        Map<String, String> stageOfCompany = new HashMap<>();
        for (var a :
                associations.readAssociations(
                        "contacts", byHubSpot.keySet(), CompanySync.HUBSPOT_TYPE)) {
            stageOfCompany.merge(a.toId(), byHubSpot.get(a.fromId()), LifecycleSync::later);
        }
        if (stageOfCompany.isEmpty()) {
            return;
        }
        for (var a :
                associations.readAssociations(
                        CompanySync.HUBSPOT_TYPE, stageOfCompany.keySet(), "contacts")) {
            byHubSpot.merge(a.toId(), stageOfCompany.get(a.fromId()), LifecycleSync::later);
        }
    }

    /** Writes each stage that moves its contact forward, and nothing else. */
    private void apply(Map<String, String> byHubSpot, BatchOutcome out, Long runId) {
        if (byHubSpot.isEmpty()) {
            return;
        }
        CrmConnector hubSpot = connectors.hubSpot();
        List<RecordWrite> writes = new ArrayList<>();
        for (CrmRecord contact :
                hubSpot.readByIds("contacts", byHubSpot.keySet(), List.of(PROPERTY))) {
            String current = Objects.toString(contact.fields().get(PROPERTY), null);
            String wanted = byHubSpot.get(contact.id());
            if (rank(wanted) > rank(current)) {
                writes.add(
                        new RecordWrite(
                                contact.id(), contact.id(), null, Map.of(PROPERTY, wanted)));
            }
        }
        if (writes.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<String, Link> linked = links.byHubSpotIds(LinkStore.CONTACT, byHubSpot.keySet());
        for (WriteResult result : hubSpot.write("contacts", WriteOperation.UPDATE, writes)) {
            Link link = linked.get(result.reference());
            if (result.succeeded() && link != null) {
                String stage = byHubSpot.get(result.reference());
                FieldWrite write =
                        new FieldWrite(
                                PROPERTY, stage, stage, ExternalSystem.SALESFORCE, now, RULE, true);
                out.linkChanges.add(
                        store ->
                                store.recordSync(
                                        link.id(),
                                        ExternalSystem.HUBSPOT,
                                        List.of(write),
                                        runId,
                                        now));
            }
        }
    }

    static String later(String a, String b) {
        return rank(a) >= rank(b) ? a : b;
    }

    /** Stages outside the order (such as "other") rank lowest, so they can move forward. */
    static int rank(String stage) {
        return stage == null ? -1 : ORDER.indexOf(stage);
    }
}
