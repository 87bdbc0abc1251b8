package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.schema.ObjectDef;
import io.crmsync.sandbox.salesforce.store.SfRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Record changes made by a person in the org: lead conversion, merges, and plain edits. */
@Component("salesforcePersonActions")
class PersonActions {

    private final ApiSupport api;
    private final RecordWriter writer;
    private final SalesforceOrg org;
    private final java.time.Clock clock;

    PersonActions(
            ApiSupport api,
            RecordWriter writer,
            SalesforceOrg org,
            org.springframework.beans.factory.ObjectProvider<java.time.Clock> clock) {
        this.api = api;
        this.writer = writer;
        this.org = org;
        this.clock = clock.getIfAvailable(java.time.Clock::systemUTC);
    }

    WriteContext person() {
        return new WriteContext(org.personUserId(), null, false, false, false);
    }

    /** Applies prepared writes atomically; the first failure aborts all of them. */
    List<SfRecord> run(
            java.util.function.Function<List<SfRecord>, List<RecordWriter.Outcome>> work) {
        return writer.atomically(
                () -> {
                    List<SfRecord> saved = new ArrayList<>();
                    for (RecordWriter.Outcome outcome : work.apply(saved)) {
                        if (outcome instanceof RecordWriter.Failed failed) {
                            throw ApiSupport.failure(failed.errors());
                        }
                        saved.addAll(SObjectController.concat((RecordWriter.Saved) outcome));
                    }
                    writer.save(saved);
                    return saved;
                });
    }

    SfRecord saveOne(RecordWriter.Outcome outcome) {
        if (outcome instanceof RecordWriter.Failed failed) {
            throw ApiSupport.failure(failed.errors());
        }
        RecordWriter.Saved saved = (RecordWriter.Saved) outcome;
        writer.save(SObjectController.concat(saved));
        return saved.record();
    }

    /** Converts a lead into an account, a contact and optionally an opportunity. */
    Map<String, String> convertLead(String leadId, boolean createOpportunity) {
        ObjectDef leadDef = api.object("Lead");
        return writer.atomically(
                () -> {
                    SfRecord lead = api.record(leadDef, leadId);
                    if (Boolean.TRUE.equals(lead.get("IsConverted"))) {
                        throw ApiSupport.failure(
                                List.of(
                                        SfError.of(
                                                "CANNOT_UPDATE_CONVERTED_LEAD",
                                                "cannot reference converted lead")));
                    }
                    Map<String, Object> account = new LinkedHashMap<>();
                    account.put("Name", lead.get("Company"));
                    account.put("Phone", lead.get("Phone"));
                    account.put("Website", lead.get("Website"));
                    SfRecord savedAccount =
                            saveOne(writer.create(api.object("Account"), account, bypass()));
                    Map<String, Object> contact = new LinkedHashMap<>();
                    for (String field :
                            List.of(
                                    "FirstName",
                                    "LastName",
                                    "Email",
                                    "Phone",
                                    "Title",
                                    "LeadSource")) {
                        contact.put(field, lead.get(field));
                    }
                    contact.put("AccountId", savedAccount.id());
                    SfRecord savedContact =
                            saveOne(writer.create(api.object("Contact"), contact, bypass()));
                    String opportunityId = null;
                    if (createOpportunity) {
                        opportunityId =
                                saveOne(
                                                writer.create(
                                                        api.object("Opportunity"),
                                                        Map.of(
                                                                "Name",
                                                                lead.get("Company") + "-",
                                                                "StageName",
                                                                "Prospecting",
                                                                "CloseDate",
                                                                java.time.LocalDate.now(clock)
                                                                        .plusDays(30)
                                                                        .toString(),
                                                                "AccountId",
                                                                savedAccount.id()),
                                                        bypass()))
                                        .id();
                    }
                    Map<String, Object> converted = new LinkedHashMap<>();
                    converted.put("IsConverted", true);
                    converted.put("Status", "Closed - Converted");
                    converted.put("ConvertedAccountId", savedAccount.id());
                    converted.put("ConvertedContactId", savedContact.id());
                    converted.put("ConvertedOpportunityId", opportunityId);
                    converted.put("ConvertedDate", java.time.LocalDate.now(clock).toString());
                    saveOne(writer.update(leadDef, lead, converted, bypass()));
                    Map<String, String> ids = new LinkedHashMap<>();
                    ids.put("accountId", savedAccount.id());
                    ids.put("contactId", savedContact.id());
                    ids.put("opportunityId", opportunityId);
                    return ids;
                });
    }

    /**
     * Merges losers into the master: losers are deleted with {@code MasterRecordId} set, and their
     * contact roles move to the master instead of going with them.
     */
    void merge(String type, String masterId, List<String> loserIds) {
        ObjectDef def = api.object(type);
        run(
                saved -> {
                    SfRecord master = api.record(def, masterId);
                    List<RecordWriter.Outcome> outcomes = new ArrayList<>();
                    for (String loserId : loserIds) {
                        SfRecord loser = api.record(def, loserId);
                        Map<String, Object> marker = new LinkedHashMap<>(loser.values());
                        marker.put("MasterRecordId", master.id());
                        RecordWriter.Outcome deleted =
                                writer.delete(
                                        new SfRecord(loser.id(), loser.type(), marker, null),
                                        person());
                        if (deleted instanceof RecordWriter.Saved gone) {
                            String field = OrgRules.cascadeField(loser.type());
                            deleted =
                                    new RecordWriter.Saved(
                                            gone.record(),
                                            gone.alsoChanged().stream()
                                                    .map(
                                                            role ->
                                                                    role.with(
                                                                            Map.of(
                                                                                    "IsDeleted",
                                                                                    false,
                                                                                    field,
                                                                                    master.id()),
                                                                            null))
                                                    .toList(),
                                            false);
                        }
                        outcomes.add(deleted);
                    }
                    return outcomes;
                });
    }

    private WriteContext bypass() {
        return new WriteContext(org.personUserId(), null, false, true, true);
    }
}
