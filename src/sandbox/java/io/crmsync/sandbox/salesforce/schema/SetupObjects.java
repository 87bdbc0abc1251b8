package io.crmsync.sandbox.salesforce.schema;

import static io.crmsync.sandbox.salesforce.schema.Fields.flag;
import static io.crmsync.sandbox.salesforce.schema.Fields.of;
import static io.crmsync.sandbox.salesforce.schema.Fields.picklist;
import static io.crmsync.sandbox.salesforce.schema.Fields.ref;
import static io.crmsync.sandbox.salesforce.schema.Fields.required;
import static io.crmsync.sandbox.salesforce.schema.Fields.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The setup objects behind an opportunity's stage: OpportunityStage, BusinessProcess and
 * RecordType. They have no owner and no recycle bin, and the API only reads them.
 */
final class SetupObjects {

    /** The objects whose records can have a record type. */
    private static final String[] WITH_RECORD_TYPES = {
        "Account", "Campaign", "Case", "Contact", "Event", "Lead", "Opportunity", "Task"
    };

    private SetupObjects() {}

    static List<ObjectDef> all() {
        return List.of(opportunityStage(), businessProcess(), recordType());
    }

    private static ObjectDef setup(
            String name, String label, String plural, String prefix, FieldDef... fields) {
        List<FieldDef> all = new ArrayList<>();
        for (FieldDef field : Fields.system(label, false)) {
            if (!field.name().equals("IsDeleted")) {
                all.add(field);
            }
        }
        for (FieldDef field : fields) {
            all.add(field.readOnly());
        }
        return new ObjectDef(name, label, plural, prefix, all, true);
    }

    private static ObjectDef opportunityStage() {
        return setup(
                "OpportunityStage",
                "Opportunity Stage",
                "Opportunity Stages",
                "01J",
                required(text("MasterLabel", "Master Label", 255)),
                required(text("ApiName", "Api Name", 255)),
                flag("IsActive", "Is Active"),
                of("SortOrder", "Sort Order", FieldType.INT, 0),
                flag("IsClosed", "Closed"),
                flag("IsWon", "Won"),
                picklist(
                        "ForecastCategory",
                        "Forecast Type",
                        true,
                        "Omitted",
                        "Pipeline",
                        "BestCase",
                        "MostLikely",
                        "Forecast",
                        "Closed"),
                picklist(
                        "ForecastCategoryName",
                        "Forecast Category",
                        true,
                        "Omitted",
                        "Pipeline",
                        "Best Case",
                        "Commit",
                        "Closed"),
                of("DefaultProbability", "Probability (%)", FieldType.PERCENT, 0),
                text("Description", "Description", 255));
    }

    private static ObjectDef businessProcess() {
        return setup(
                "BusinessProcess",
                "Business Process",
                "Business Processes",
                "019",
                required(text("Name", "Name", 80)),
                text("NamespacePrefix", "Namespace Prefix", 15),
                text("Description", "Description", 255),
                picklist(
                        "TableEnumOrId",
                        "Entity Enumeration Or ID",
                        true,
                        "Case",
                        "Lead",
                        "Opportunity",
                        "Solution"),
                flag("IsActive", "Active"));
    }

    private static ObjectDef recordType() {
        return setup(
                "RecordType",
                "Record Type",
                "Record Types",
                "012",
                required(text("Name", "Name", 80)),
                required(text("DeveloperName", "Record Type Name", 80)),
                text("NamespacePrefix", "Namespace Prefix", 15),
                text("Description", "Description", 255),
                ref(
                        "BusinessProcessId",
                        "Business Process ID",
                        "BusinessProcess",
                        "BusinessProcess"),
                required(picklist("SobjectType", "SObject Type Name", true, WITH_RECORD_TYPES)),
                flag("IsActive", "Active"));
    }
}
