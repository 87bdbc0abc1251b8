package io.crmsync.sandbox.hubspot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One property definition, as {@code /crm/v3/properties} shows it and as validation applies it.
 *
 * @param type {@code string, number, date, datetime, enumeration, bool}
 * @param readOnlyValue whether writes of the value are refused
 * @param externalOptions whether the options live elsewhere (a deal's stages in its pipeline): the
 *     property lists none and its owner checks the values
 */
record PropertyDef(
        String name,
        String label,
        String type,
        String fieldType,
        String groupName,
        String description,
        List<Option> options,
        boolean hasUniqueValue,
        boolean readOnlyValue,
        boolean hubspotDefined,
        long createdAt,
        boolean externalOptions) {

    record Option(String label, String value, int displayOrder) {}

    PropertyDef {
        options = options == null ? List.of() : List.copyOf(options);
    }

    PropertyDef(
            String name,
            String label,
            String type,
            String fieldType,
            String groupName,
            String description,
            List<Option> options,
            boolean hasUniqueValue,
            boolean readOnlyValue,
            boolean hubspotDefined,
            long createdAt) {
        this(
                name,
                label,
                type,
                fieldType,
                groupName,
                description,
                options,
                hasUniqueValue,
                readOnlyValue,
                hubspotDefined,
                createdAt,
                false);
    }

    boolean isEnumeration() {
        return "enumeration".equals(type);
    }

    boolean isMultiSelect() {
        return "checkbox".equals(fieldType);
    }

    boolean isNumber() {
        return "number".equals(type);
    }

    boolean isDate() {
        return "date".equals(type) || "datetime".equals(type);
    }

    boolean allows(String value) {
        return options.stream().anyMatch(option -> option.value().equals(value));
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        String stamp = Times.iso(createdAt);
        json.put("updatedAt", stamp);
        json.put("createdAt", stamp);
        json.put("name", name);
        json.put("label", label);
        json.put("type", type);
        json.put("fieldType", fieldType);
        json.put("description", description);
        json.put("groupName", groupName);
        List<Map<String, Object>> opts = new ArrayList<>();
        for (Option option : options) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("label", option.label());
            o.put("value", option.value());
            o.put("displayOrder", option.displayOrder());
            o.put("hidden", false);
            o.put("description", "");
            opts.add(o);
        }
        json.put("options", opts);
        json.put("displayOrder", -1);
        json.put("calculated", readOnlyValue && hubspotDefined);
        json.put("externalOptions", externalOptions);
        json.put("archived", false);
        json.put("hasUniqueValue", hasUniqueValue);
        json.put("hidden", false);
        json.put("hubspotDefined", hubspotDefined);
        if (!hubspotDefined) {
            json.put("createdUserId", "1");
            json.put("updatedUserId", "1");
        }
        if (isNumber() && (name.contains("amount") || name.contains("revenue"))) {
            json.put("showCurrencySymbol", true);
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("archivable", !hubspotDefined);
        metadata.put("readOnlyDefinition", hubspotDefined);
        if (isEnumeration()) {
            metadata.put("readOnlyOptions", hubspotDefined);
        }
        metadata.put("readOnlyValue", readOnlyValue);
        json.put("modificationMetadata", metadata);
        json.put("formField", !readOnlyValue);
        json.put("dataSensitivity", "non_sensitive");
        return json;
    }
}
