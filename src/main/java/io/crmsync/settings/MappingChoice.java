package io.crmsync.settings;

import java.util.List;

/**
 * A HubSpot property or Salesforce field that the mapping editor offers.
 *
 * @param type the CRM's own type name, as its describe gives it
 * @param values the allowed values of a picklist or enumeration, empty otherwise
 * @param length the most characters the field takes, 0 when unlimited or not text
 * @param objects where the field exists: {@code contacts} in HubSpot; {@code Contact}, {@code Lead}
 *     or both in Salesforce
 */
public record MappingChoice(
        String name,
        String label,
        String type,
        List<String> values,
        List<String> objects,
        int length) {

    public MappingChoice {
        values = values == null ? List.of() : List.copyOf(values);
        objects = objects == null ? List.of() : List.copyOf(objects);
    }

    public MappingChoice(
            String name, String label, String type, List<String> values, List<String> objects) {
        this(name, label, type, values, objects, 0);
    }

    /** The label, the API name and the type, as the editor's drop-downs show them. */
    public String caption() {
        return (label == null || label.isBlank() ? name : label)
                + " ("
                + name
                + ", "
                + FieldKinds.words(type)
                + ")";
    }
}
