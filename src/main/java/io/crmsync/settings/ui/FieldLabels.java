package io.crmsync.settings.ui;

import io.crmsync.settings.MappingChoice;
import io.crmsync.settings.MappingChoices;
import io.crmsync.settings.MappingRejected;
import io.crmsync.settings.MappingService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CRMs' own labels of an object's fields, from their describes (which the connectors cache),
 * shown with the API name beside them as HubSpot does: "Job Title (jobtitle)". Without the
 * describes, the API name alone.
 */
record FieldLabels(Map<String, String> hubSpot, Map<String, String> salesforce) {

    static FieldLabels read(MappingService mappings) {
        try {
            MappingChoices choices = mappings.choices();
            return new FieldLabels(
                    labels(choices.hubSpotProperties()), labels(choices.salesforceFields()));
        } catch (MappingRejected unreadable) {
            return new FieldLabels(Map.of(), Map.of());
        }
    }

    String hubSpotCaption(String name) {
        return caption(hubSpot, name);
    }

    String salesforceCaption(String name) {
        return caption(salesforce, name);
    }

    private static String caption(Map<String, String> labels, String name) {
        String label = labels.get(name);
        return label == null || label.isBlank() || label.equals(name)
                ? name
                : label + " (" + name + ")";
    }

    private static Map<String, String> labels(List<MappingChoice> choices) {
        Map<String, String> labels = new HashMap<>();
        choices.forEach(c -> labels.putIfAbsent(c.name(), c.label()));
        return labels;
    }
}
