package io.crmsync.settings.internal;

import io.crmsync.convert.ConversionException;
import io.crmsync.convert.ValueConverter;
import io.crmsync.settings.MappingRejected;
import io.crmsync.settings.MappingRejected.Field;
import io.crmsync.spi.FieldSchema;
import java.util.ArrayList;
import java.util.List;

/** The check of a mapping's default value against the Salesforce field it is written to. */
final class MappingDefaults {

    private MappingDefaults() {}

    /**
     * The default as Salesforce's field takes it, checked against its type, its values and its
     * length; a picklist value is spelled as the picklist spells it.
     */
    static String defaultValue(String value, FieldSchema sf) {
        String text = value.strip();
        if (sf == null) {
            throw new MappingRejected(
                    Field.DEFAULT_VALUE,
                    "The Salesforce field is unknown, so it takes no default.");
        }
        String type = sf.type() == null ? "" : sf.type().toLowerCase(java.util.Locale.ROOT);
        if (sf.name().endsWith("State") || sf.name().endsWith("Country")) {
            throw new MappingRejected(
                    Field.DEFAULT_VALUE,
                    "States and countries follow the state and country picklist settings and"
                            + " take no default value.");
        }
        if (type.equals("reference") || type.equals("id")) {
            throw new MappingRejected(
                    Field.DEFAULT_VALUE,
                    sf.name() + " refers to another record and cannot have a default value.");
        }
        if (!sf.picklistValues().isEmpty()) {
            List<String> wanted =
                    type.equals("multipicklist")
                            ? java.util.Arrays.stream(text.split(";")).map(String::strip).toList()
                            : List.of(text);
            List<String> spelled = new ArrayList<>();
            for (String v : wanted) {
                spelled.add(
                        sf.picklistValues().stream()
                                .filter(v::equalsIgnoreCase)
                                .findFirst()
                                .orElseThrow(
                                        () ->
                                                new MappingRejected(
                                                        Field.DEFAULT_VALUE,
                                                        v
                                                                + " is not one of the values of"
                                                                + " Salesforce's "
                                                                + sf.name()
                                                                + ": "
                                                                + String.join(
                                                                        ", ", sf.picklistValues())
                                                                + ".")));
            }
            text = String.join(";", spelled);
        }
        if (sf.length() > 0 && ValueConverter.isText(sf.type()) && text.length() > sf.length()) {
            throw new MappingRejected(
                    Field.DEFAULT_VALUE,
                    "The default is "
                            + text.length()
                            + " characters long; Salesforce's "
                            + sf.name()
                            + " takes at most "
                            + sf.length()
                            + ".");
        }
        try {
            ValueConverter.toSalesforce(text, null, sf, List.of());
        } catch (ConversionException e) {
            throw new MappingRejected(
                    Field.DEFAULT_VALUE,
                    "\""
                            + text
                            + "\" is not a valid "
                            + sf.type()
                            + " value for Salesforce's "
                            + sf.name()
                            + ".");
        }
        return text;
    }
}
