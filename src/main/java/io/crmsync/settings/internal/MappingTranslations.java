package io.crmsync.settings.internal;

import io.crmsync.convert.ValueTranslation;
import io.crmsync.settings.MappingRejected;
import io.crmsync.settings.MappingRejected.Field;
import io.crmsync.spi.FieldSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The check of a mapping's value translations against both sides' picklists. */
final class MappingTranslations {

    private MappingTranslations() {}

    /**
     * Translations apply to a picklist on both sides. Each HubSpot value appears once; values are
     * checked against the options each side lists.
     */
    static List<ValueTranslation> checked(
            List<ValueTranslation> rows, FieldSchema hs, FieldSchema sf) {
        if (rows.isEmpty()) {
            return rows;
        }
        if (hs != null
                && sf != null
                && (hs.picklistValues().isEmpty() && sf.picklistValues().isEmpty())) {
            throw new MappingRejected(
                    Field.TRANSLATIONS, "Value translations apply only to picklist fields.");
        }
        Set<String> seen = new HashSet<>();
        List<ValueTranslation> kept = new ArrayList<>();
        for (ValueTranslation row : rows) {
            String from = trim(row.hubSpotValue());
            String to = trim(row.salesforceValue());
            if (from.isEmpty() || to.isEmpty()) {
                throw new MappingRejected(
                        Field.TRANSLATIONS,
                        "Each translation needs a HubSpot and a Salesforce value.");
            }
            if (!seen.add(from)) {
                throw new MappingRejected(
                        Field.TRANSLATIONS,
                        "The HubSpot value " + from + " is translated twice; keep one row.");
            }
            if (hs != null
                    && !hs.picklistValues().isEmpty()
                    && !hs.picklistValues().contains(from)) {
                throw new MappingRejected(
                        Field.TRANSLATIONS,
                        from + " is not one of the options of HubSpot's " + hs.name() + ".");
            }
            if (sf != null && !sf.picklistValues().isEmpty() && !sf.picklistValues().contains(to)) {
                throw new MappingRejected(
                        Field.TRANSLATIONS,
                        to + " is not one of the values of Salesforce's " + sf.name() + ".");
            }
            kept.add(new ValueTranslation(from, to));
        }
        return kept;
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
