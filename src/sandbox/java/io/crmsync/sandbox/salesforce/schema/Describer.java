package io.crmsync.sandbox.salesforce.schema;

import io.crmsync.sandbox.salesforce.store.JsonMaps;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders the schema as the global and per-object describe bodies of the REST API. */
public final class Describer {

    private Describer() {}

    public static Map<String, Object> global(SchemaCatalog catalog, String version) {
        List<Object> sobjects = new ArrayList<>();
        for (ObjectDef def : catalog.objects()) {
            Map<String, Object> entry = objectFlags(def);
            entry.put("urls", urls(def, version, false));
            sobjects.add(entry);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("encoding", "UTF-8");
        body.put("maxBatchSize", 200);
        body.put("sobjects", sobjects);
        return body;
    }

    /** The basic information of {@code GET /sobjects/{Object}}. */
    public static Map<String, Object> basic(
            ObjectDef def, String version, List<Map<String, Object>> recentItems) {
        Map<String, Object> info = objectFlags(def);
        info.put("urls", urls(def, version, false));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("objectDescribe", info);
        body.put("recentItems", recentItems);
        return body;
    }

    public static Map<String, Object> describe(
            ObjectDef def, SchemaCatalog catalog, String version) {
        Map<String, Object> body = objectFlags(def);
        body.put("actionOverrides", List.of());
        body.put("childRelationships", children(def, catalog));
        body.put("compactLayoutable", true);
        body.put("defaultImplementation", null);
        body.put("extendedBy", null);
        body.put("extendsInterfaces", null);
        body.put("implementedBy", null);
        body.put("implementsInterfaces", null);
        body.put("fields", def.fields().stream().map(Describer::field).toList());
        body.put("listviewable", null);
        body.put("lookupLayoutable", null);
        body.put("namedLayoutInfos", List.of());
        body.put("networkScopeFieldName", null);
        body.put("recordTypeInfos", recordTypeInfos(def, version));
        body.put("searchLayoutable", true);
        body.put("sobjectDescribeOption", "FULL");
        body.put(
                "supportedScopes",
                List.of(JsonMaps.of("label", "All " + def.labelPlural(), "name", "everything")));
        body.put("urls", urls(def, version, true));
        return body;
    }

    /**
     * The record types a user can choose, by name, with the master record type's entry. Objects
     * without record types, such as the setup objects, list none.
     */
    private static List<Map<String, Object>> recordTypeInfos(ObjectDef def, String version) {
        if (def.setup() || def.name().equals("OpportunityContactRole")) {
            return List.of();
        }
        boolean custom = def.name().equals("Opportunity");
        List<Map<String, Object>> infos = new ArrayList<>();
        infos.add(
                recordTypeInfo(
                        def,
                        version,
                        SalesProcesses.MASTER_RECORD_TYPE,
                        "Master",
                        "Master",
                        !custom,
                        true));
        if (custom) {
            for (SalesProcesses.RecordType type : SalesProcesses.RECORD_TYPES) {
                infos.add(
                        recordTypeInfo(
                                def,
                                version,
                                type.id(),
                                type.name(),
                                type.developerName(),
                                type.byDefault(),
                                false));
            }
            infos.sort(java.util.Comparator.comparing(info -> (String) info.get("name")));
        }
        return infos;
    }

    private static Map<String, Object> recordTypeInfo(
            ObjectDef def,
            String version,
            String id,
            String name,
            String developerName,
            boolean byDefault,
            boolean master) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("active", true);
        info.put("available", true);
        info.put("defaultRecordTypeMapping", byDefault);
        info.put("developerName", developerName);
        info.put("master", master);
        info.put("name", name);
        info.put("recordTypeId", id);
        info.put(
                "urls",
                Map.of(
                        "layout",
                        "/services/data/"
                                + version
                                + "/sobjects/"
                                + def.name()
                                + "/describe/layouts/"
                                + id));
        return info;
    }

    private static Map<String, Object> objectFlags(ObjectDef def) {
        boolean writable = !def.setup();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("activateable", false);
        body.put("associateEntityType", null);
        body.put("associateParentEntity", null);
        body.put("createable", writable);
        body.put("custom", def.custom());
        body.put("customSetting", false);
        body.put("deepCloneable", false);
        body.put("deletable", writable && !def.name().equals("User"));
        body.put("deprecatedAndHidden", false);
        body.put("feedEnabled", writable && !def.name().equals("OpportunityContactRole"));
        body.put("hasSubtypes", false);
        body.put("isInterface", false);
        body.put("isSubtype", false);
        body.put("keyPrefix", def.keyPrefix());
        body.put("label", def.label());
        body.put("labelPlural", def.labelPlural());
        body.put("layoutable", writable);
        body.put("mergeable", List.of("Account", "Contact", "Lead").contains(def.name()));
        body.put("mruEnabled", writable);
        body.put("name", def.name());
        body.put("queryable", true);
        body.put("replicateable", writable);
        body.put("retrieveable", true);
        body.put("searchable", writable);
        body.put("triggerable", writable);
        body.put("undeletable", writable && !def.name().equals("User"));
        body.put("updateable", writable);
        return body;
    }

    /** The resource URLs of an object; the real API lists a few more in the full describe. */
    private static Map<String, Object> urls(ObjectDef def, String version, boolean full) {
        String base = "/services/data/" + version + "/sobjects/" + def.name();
        String name = def.name();
        List<String> unlisted =
                full
                        ? List.of(
                                "Task", "Event", "OpportunityContactRole", "CampaignMember", "User")
                        : List.of("OpportunityContactRole", "CampaignMember", "User");
        Map<String, Object> urls = new LinkedHashMap<>();
        urls.put("compactLayouts", base + "/describe/compactLayouts");
        urls.put("rowTemplate", base + "/{ID}");
        if (!unlisted.contains(name)) {
            urls.put("approvalLayouts", base + "/describe/approvalLayouts");
            urls.put("listviews", base + "/listviews");
        }
        if (name.equals("User")) {
            urls.put("namedLayouts", base + "/describe/namedLayouts/{LayoutName}");
            urls.put("passwordUtilities", base + "/{ID}/password");
        }
        if (name.equals("Case")) {
            urls.put("caseArticleSuggestions", base + "/suggestedArticles");
            urls.put("caseRowArticleSuggestions", base + "/{ID}/suggestedArticles");
        }
        if (full && (name.equals("Account") || name.equals("OpportunityContactRole"))) {
            urls.put("defaultValues", base + "/defaultValues?recordTypeId&fields");
        }
        if (full && name.equals("Event")) {
            urls.put("eventSeriesUpdates", base + "/{ID}/fromThisEventOnwards");
        }
        urls.put("describe", base + "/describe");
        if (!name.equals("CampaignMember")) {
            urls.put("quickActions", base + "/quickActions");
        }
        urls.put("layouts", base + "/describe/layouts");
        urls.put("sobject", base);
        if (full) {
            urls.put("uiDetailTemplate", "/{ID}");
            urls.put("uiEditTemplate", "/{ID}/e");
            urls.put("uiNewRecord", "/" + def.keyPrefix() + "/e");
        }
        return urls;
    }

    private static List<Object> children(ObjectDef def, SchemaCatalog catalog) {
        List<Object> children = new ArrayList<>();
        for (SchemaCatalog.ChildRelationship relation : catalog.children(def)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            // An opportunity's or a contact's contact roles are deleted with it.
            entry.put("cascadeDelete", relation.child().name().equals("OpportunityContactRole"));
            entry.put("childSObject", relation.child().name());
            entry.put("deprecatedAndHidden", false);
            entry.put("field", relation.field().name());
            entry.put("junctionIdListNames", List.of());
            entry.put("junctionReferenceTo", List.of());
            entry.put("relationshipName", relation.name());
            entry.put("restrictedDelete", false);
            children.add(entry);
        }
        return children;
    }

    static Map<String, Object> field(FieldDef f) {
        Map<String, Object> m = new LinkedHashMap<>();
        boolean text =
                f.type().isText() || f.type() == FieldType.ID || f.type() == FieldType.REFERENCE;
        m.put("aggregatable", f.type() != FieldType.TEXTAREA);
        m.put("aiPredictionField", false);
        m.put("autoNumber", f.name().equals("CaseNumber"));
        m.put("byteLength", text ? f.length() * 3 : 0);
        m.put("calculated", f.calculated());
        m.put("calculatedFormula", null);
        m.put("cascadeDelete", false);
        m.put("caseSensitive", false);
        m.put("compoundFieldName", null);
        m.put(
                "controllerName",
                f.name().endsWith("StateCode")
                        ? f.name().replace("StateCode", "CountryCode")
                        : null);
        m.put("createable", f.createable());
        m.put("custom", f.custom());
        m.put(
                "defaultValue",
                f.type() == FieldType.BOOLEAN ? Boolean.valueOf(f.defaultValue()) : null);
        m.put("defaultValueFormula", null);
        m.put("defaultedOnCreate", f.defaultedOnCreate());
        m.put("dependentPicklist", f.name().endsWith("StateCode"));
        m.put("deprecatedAndHidden", false);
        m.put("digits", f.type() == FieldType.INT ? 9 : 0);
        m.put("displayLocationInDecimal", false);
        m.put("encrypted", false);
        m.put("externalId", f.externalId());
        m.put("extraTypeInfo", null);
        m.put("filterable", f.type() != FieldType.TEXTAREA || f.length() <= 255);
        m.put("filteredLookupInfo", null);
        m.put("formulaTreatNullNumberAsZero", false);
        m.put("groupable", f.type() != FieldType.TEXTAREA);
        m.put("highScaleNumber", false);
        m.put("htmlFormatted", false);
        m.put(
                "idLookup",
                f.type() == FieldType.ID || f.externalId() || f.type() == FieldType.EMAIL);
        m.put("inlineHelpText", null);
        m.put("label", f.label());
        m.put("length", text ? f.length() : 0);
        m.put("mask", null);
        m.put("maskType", null);
        m.put("name", f.name());
        m.put("nameField", f.name().equals("Name"));
        m.put("namePointing", f.referenceTo().size() > 1);
        m.put("nillable", f.nillable());
        m.put("permissionable", f.nillable() && f.createable());
        m.put("picklistValues", picklistValues(f));
        m.put("polymorphicForeignKey", f.referenceTo().size() > 1);
        m.put(
                "precision",
                f.type() == FieldType.CURRENCY || f.type() == FieldType.DOUBLE
                        ? 18
                        : f.type() == FieldType.PERCENT ? 3 : 0);
        m.put("queryByDistance", false);
        m.put("referenceTargetField", null);
        m.put("referenceTo", f.referenceTo());
        m.put("relationshipName", f.relationshipName());
        m.put("relationshipOrder", null);
        m.put("restrictedDelete", false);
        m.put("restrictedPicklist", f.restrictedPicklist());
        m.put("scale", f.type() == FieldType.CURRENCY || f.type() == FieldType.DOUBLE ? 2 : 0);
        m.put("searchPrefilterable", f.type() == FieldType.REFERENCE);
        m.put("soapType", f.type().soapType());
        m.put("sortable", f.type() != FieldType.TEXTAREA || f.length() <= 255);
        m.put("type", f.type().apiName());
        m.put("unique", f.unique());
        m.put("updateable", f.updateable());
        m.put("writeRequiresMasterRead", false);
        return m;
    }

    private static List<Map<String, Object>> picklistValues(FieldDef f) {
        if (f.name().endsWith("CountryCode")) {
            return CountryTable.countryCodes().stream()
                    .map(
                            code ->
                                    picklistValue(
                                            code,
                                            CountryTable.countryName(code, StateCountryMode.ENABLED)
                                                    .orElse(code),
                                            false,
                                            null))
                    .toList();
        }
        if (f.name().endsWith("StateCode")) {
            List<String> countries = CountryTable.countryCodes();
            return CountryTable.states().stream()
                    .map(
                            s ->
                                    picklistValue(
                                            s.code(),
                                            s.name(),
                                            false,
                                            validFor(
                                                    countries.indexOf(s.country()),
                                                    countries.size())))
                    .toList();
        }
        return f.picklistValues().stream()
                .map(v -> picklistValue(v, v, v.equals(f.defaultValue()), null))
                .toList();
    }

    private static Map<String, Object> picklistValue(
            String value, String label, boolean isDefault, String validFor) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("active", true);
        m.put("defaultValue", isDefault);
        m.put("label", label);
        m.put("validFor", validFor);
        m.put("value", value);
        return m;
    }

    /**
     * A dependent value's controlling values, as Salesforce encodes them: one bit each, MSB first.
     */
    private static String validFor(int controllerIndex, int controllers) {
        byte[] bits = new byte[(controllers + 7) / 8];
        bits[controllerIndex >> 3] |= (byte) (0x80 >> (controllerIndex & 7));
        return Base64.getEncoder().encodeToString(bits);
    }
}
