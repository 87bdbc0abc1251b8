package io.crmsync.sandbox.salesforce.schema;

import io.crmsync.sandbox.salesforce.store.SalesforceIds;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The org's opportunity set-up: the standard stages with their metadata ({@code OpportunityStage}),
 * two sales processes ({@code BusinessProcess}) and the record types that use them ({@code
 * RecordType}). The ids are fixed, so that a stage mapping made against the sandbox holds across
 * restarts; the master record type allows every stage, as in a real org.
 */
public final class SalesProcesses {

    /** The id of the master record type, which is not a RecordType row. */
    public static final String MASTER_RECORD_TYPE = "012000000000000AAA";

    /**
     * One OpportunityStage.
     *
     * @param probability the stage's default Probability, in percent
     * @param forecastCategoryName the stage's default ForecastCategoryName
     */
    public record Stage(
            String name,
            double probability,
            String forecastCategoryName,
            boolean closed,
            boolean won,
            int sortOrder) {

        public String id() {
            return SalesforceIds.of("01J", sortOrder);
        }
    }

    /** One BusinessProcess of Opportunity: the stages its record types may use. */
    public record Process(String id, String name, String description, List<String> stages) {}

    /** One RecordType of Opportunity; {@code byDefault} is the users' default record type. */
    public record RecordType(
            String id,
            String name,
            String developerName,
            String description,
            Process process,
            boolean byDefault) {}

    /**
     * The stages of a new org. Every open stage forecasts as Pipeline, as the shipped set-up does.
     */
    public static final List<Stage> STAGES =
            List.of(
                    new Stage("Prospecting", 10, "Pipeline", false, false, 1),
                    new Stage("Qualification", 10, "Pipeline", false, false, 2),
                    new Stage("Needs Analysis", 20, "Pipeline", false, false, 3),
                    new Stage("Value Proposition", 50, "Pipeline", false, false, 4),
                    new Stage("Id. Decision Makers", 60, "Pipeline", false, false, 5),
                    new Stage("Perception Analysis", 70, "Pipeline", false, false, 6),
                    new Stage("Proposal/Price Quote", 75, "Pipeline", false, false, 7),
                    new Stage("Negotiation/Review", 90, "Pipeline", false, false, 8),
                    new Stage("Closed Won", 100, "Closed", true, true, 9),
                    new Stage("Closed Lost", 0, "Omitted", true, false, 10));

    public static final Process NEW_BUSINESS_PROCESS =
            new Process(
                    SalesforceIds.of("019", 1),
                    "New Business Sales Process",
                    "From first contact to a signed first contract",
                    List.of(
                            "Prospecting",
                            "Qualification",
                            "Needs Analysis",
                            "Value Proposition",
                            "Id. Decision Makers",
                            "Proposal/Price Quote",
                            "Negotiation/Review",
                            "Closed Won",
                            "Closed Lost"));

    public static final Process RENEWAL_PROCESS =
            new Process(
                    SalesforceIds.of("019", 2),
                    "Renewal Sales Process",
                    "Renewing or changing an existing customer's contract",
                    List.of(
                            "Needs Analysis",
                            "Perception Analysis",
                            "Proposal/Price Quote",
                            "Negotiation/Review",
                            "Closed Won",
                            "Closed Lost"));

    public static final RecordType NEW_BUSINESS =
            new RecordType(
                    SalesforceIds.of("012", 1),
                    "New Business",
                    "New_Business",
                    "Opportunities with new customers",
                    NEW_BUSINESS_PROCESS,
                    true);

    public static final RecordType RENEWAL =
            new RecordType(
                    SalesforceIds.of("012", 2),
                    "Renewal",
                    "Renewal",
                    "Renewals of existing customers' contracts",
                    RENEWAL_PROCESS,
                    false);

    public static final List<RecordType> RECORD_TYPES = List.of(NEW_BUSINESS, RENEWAL);

    /** ForecastCategoryName values and the ForecastCategory each one stands for. */
    static final Map<String, String> FORECAST_CATEGORIES =
            Map.of(
                    "Omitted", "Omitted",
                    "Pipeline", "Pipeline",
                    "Best Case", "BestCase",
                    "Commit", "Forecast",
                    "Closed", "Closed");

    private SalesProcesses() {}

    public static Optional<Stage> stage(String name) {
        return STAGES.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The record type with this 18-character id; empty for the master and unknown ids. */
    public static Optional<RecordType> recordType(String id) {
        return RECORD_TYPES.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public static RecordType defaultRecordType() {
        return RECORD_TYPES.stream().filter(RecordType::byDefault).findFirst().orElseThrow();
    }

    /**
     * Whether an opportunity of the record type may be at the stage. No record type (a record from
     * before record types existed) and the master record type allow every stage.
     */
    public static boolean allows(String recordTypeId, String stage) {
        if (stage(stage).isEmpty()) {
            return false;
        }
        if (recordTypeId == null || recordTypeId.equals(MASTER_RECORD_TYPE)) {
            return true;
        }
        return recordType(recordTypeId).map(t -> t.process().stages().contains(stage)).orElse(true);
    }

    /** The ForecastCategory of a ForecastCategoryName, or null for none. */
    public static String forecastCategory(String forecastCategoryName) {
        return forecastCategoryName == null ? null : FORECAST_CATEGORIES.get(forecastCategoryName);
    }
}
