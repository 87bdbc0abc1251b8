package io.crmsync.connector.salesforce.internal;

import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.Pipeline;
import io.crmsync.spi.Stage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The org's opportunity stages as pipelines: one for every record type, with every active stage,
 * and one per active record type with the stages its sales process allows (UI API picklist values).
 * Costs two queries and one call per record type.
 */
final class OpportunityStages {

    /** The pipeline that stands for every record type, and for orgs without record types. */
    static final String EVERY_RECORD_TYPE = "";

    private static final List<String> STAGE_FIELDS =
            List.of(
                    "ApiName",
                    "MasterLabel",
                    "IsClosed",
                    "IsWon",
                    "DefaultProbability",
                    "SortOrder");

    private final Queries queries;
    private final SalesforceHttp http;

    OpportunityStages(Queries queries, SalesforceHttp http) {
        this.queries = queries;
        this.http = http;
    }

    List<Pipeline> pipelines() {
        List<Stage> stages = new ArrayList<>();
        for (CrmRecord row :
                queries.query(
                        Soql.select(STAGE_FIELDS, "OpportunityStage")
                                + " WHERE IsActive = true ORDER BY SortOrder",
                        "OpportunityStage",
                        STAGE_FIELDS)) {
            stages.add(stage(row));
        }
        List<Pipeline> pipelines = new ArrayList<>();
        pipelines.add(new Pipeline(EVERY_RECORD_TYPE, "Every record type", stages));
        List<String> typeFields = List.of("Id", "Name");
        for (CrmRecord type :
                queries.query(
                        Soql.select(typeFields, "RecordType")
                                + " WHERE SobjectType = 'Opportunity' AND IsActive = true"
                                + " ORDER BY Name",
                        "RecordType",
                        typeFields)) {
            Set<String> allowed = allowedStages(type.id());
            pipelines.add(
                    new Pipeline(
                            type.id(),
                            Objects.toString(type.fields().get("Name"), type.id()),
                            stages.stream().filter(s -> allowed.contains(s.id())).toList()));
        }
        return pipelines;
    }

    private Set<String> allowedStages(String recordTypeId) {
        JsonNode body =
                http.execute(
                        SfCall.read(
                                "/ui-api/object-info/Opportunity/picklist-values/"
                                        + Soql.name(recordTypeId)
                                        + "/StageName",
                                "Opportunity",
                                "picklist-values"));
        Set<String> allowed = new LinkedHashSet<>();
        body.path("values").forEach(v -> allowed.add(v.path("value").asString("")));
        return allowed;
    }

    private static Stage stage(CrmRecord row) {
        Map<String, Object> f = row.fields();
        double percent = number(f.get("DefaultProbability"));
        return new Stage(
                Objects.toString(f.get("ApiName"), Objects.toString(f.get("MasterLabel"), "")),
                Objects.toString(f.get("MasterLabel"), ""),
                (int) number(f.get("SortOrder")),
                Map.of(
                        "isClosed", String.valueOf(Boolean.TRUE.equals(bool(f.get("IsClosed")))),
                        "isWon", String.valueOf(Boolean.TRUE.equals(bool(f.get("IsWon")))),
                        "probability", String.valueOf(percent / 100.0)));
    }

    private static Boolean bool(Object value) {
        return value instanceof Boolean b ? b : Boolean.valueOf(Objects.toString(value, "false"));
    }

    private static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return value == null ? 0 : Double.parseDouble(value.toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
