package io.crmsync.settings;

import java.util.Locale;
import java.util.Map;

/** The CRMs' field type names ({@code int}, {@code multipicklist}) in the words an admin uses. */
public final class FieldKinds {

    private static final Map<String, String> WORDS =
            Map.ofEntries(
                    Map.entry("int", "whole-number"),
                    Map.entry("long", "whole-number"),
                    Map.entry("double", "decimal-number"),
                    Map.entry("number", "number"),
                    Map.entry("currency", "currency"),
                    Map.entry("percent", "percentage"),
                    Map.entry("string", "text"),
                    Map.entry("textarea", "long-text"),
                    Map.entry("email", "email"),
                    Map.entry("phone", "phone"),
                    Map.entry("phone_number", "phone-number"),
                    Map.entry("url", "web-address"),
                    Map.entry("picklist", "picklist"),
                    Map.entry("multipicklist", "multi-select picklist"),
                    Map.entry("enumeration", "choice"),
                    Map.entry("boolean", "checkbox"),
                    Map.entry("bool", "checkbox"),
                    Map.entry("date", "date"),
                    Map.entry("datetime", "date-and-time"),
                    Map.entry("reference", "lookup"),
                    Map.entry("id", "record-id"));

    private FieldKinds() {}

    /** {@code int} becomes "whole-number"; an unknown type stays as the CRM names it. */
    public static String words(String type) {
        if (type == null || type.isBlank()) {
            return "unknown";
        }
        return WORDS.getOrDefault(type.toLowerCase(Locale.ROOT), type);
    }

    /** The words with their article: "a whole-number", "an email". */
    public static String withArticle(String type) {
        return withArticleOf(words(type));
    }

    /** Words with "a" or "an" before them, by their first letter. */
    public static String withArticleOf(String words) {
        return ("aeio".indexOf(Character.toLowerCase(words.charAt(0))) >= 0 ? "an " : "a ") + words;
    }
}
