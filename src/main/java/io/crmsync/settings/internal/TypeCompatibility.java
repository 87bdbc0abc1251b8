package io.crmsync.settings.internal;

import io.crmsync.settings.FieldKinds;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which HubSpot property types may map to which Salesforce field types (PRODUCT.md S14). HubSpot
 * types are the properties API's {@code type}; where the {@code fieldType} is known it narrows an
 * enumeration to single choice (select, radio) or several (checkbox).
 */
public final class TypeCompatibility {

    private record Rule(String hubSpotKind, Set<String> salesforceTypes) {}

    private static final Rule SINGLE_CHOICE = new Rule("dropdown", Set.of("picklist"));
    private static final Rule MULTIPLE_CHOICE = new Rule("checkboxes", Set.of("multipicklist"));
    private static final Rule ANY_CHOICE =
            new Rule("dropdown or checkboxes", Set.of("picklist", "multipicklist"));
    private static final Rule BOOLEAN = new Rule("single checkbox", Set.of("boolean"));
    private static final Rule NUMBER =
            new Rule("number", Set.of("double", "int", "long", "currency", "percent"));
    private static final Rule TEXT =
            new Rule("text", Set.of("string", "textarea", "email", "phone", "url"));
    private static final Rule DATE = new Rule("date", Set.of("date", "datetime"));

    private static final Map<String, Rule> BY_TYPE =
            Map.of(
                    "bool", BOOLEAN,
                    "number", NUMBER,
                    "string", TEXT,
                    "phone_number", TEXT,
                    "date", DATE,
                    "datetime", DATE);

    private TypeCompatibility() {}

    /**
     * Why the two types cannot be mapped, or empty when they can.
     *
     * @param hubSpotFieldType the property's {@code fieldType}, or null when unknown
     */
    public static Optional<String> problem(
            String hubSpotType, String hubSpotFieldType, String salesforceType) {
        String sf = lower(salesforceType);
        Rule rule = rule(lower(hubSpotType), lower(hubSpotFieldType));
        if (rule == null) {
            return Optional.of("HubSpot properties of type " + hubSpotType + " cannot be mapped.");
        }
        if (rule.salesforceTypes().contains(sf)) {
            return Optional.empty();
        }
        return Optional.of(
                "A HubSpot "
                        + rule.hubSpotKind()
                        + " property can only map to "
                        + kinds(rule.salesforceTypes())
                        + " field in Salesforce, not to "
                        + FieldKinds.withArticle(sf)
                        + " field.");
    }

    private static Rule rule(String type, String fieldType) {
        if ("enumeration".equals(type)) {
            return switch (fieldType == null ? "" : fieldType) {
                case "select", "radio" -> SINGLE_CHOICE;
                case "checkbox" -> MULTIPLE_CHOICE;
                case "booleancheckbox" -> BOOLEAN;
                default -> ANY_CHOICE;
            };
        }
        return BY_TYPE.get(type);
    }

    /** "an email, phone or text": the kinds in words, with the first one's article. */
    private static String kinds(Set<String> types) {
        List<String> words = types.stream().map(FieldKinds::words).distinct().sorted().toList();
        String last = words.getLast();
        String list =
                words.size() == 1
                        ? last
                        : String.join(", ", words.subList(0, words.size() - 1)) + " or " + last;
        return FieldKinds.withArticleOf(list);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
