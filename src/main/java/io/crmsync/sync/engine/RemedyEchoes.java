package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.convert.ConversionException;
import io.crmsync.convert.ValueConverter;
import io.crmsync.sync.FieldMapping;
import java.util.Objects;

/**
 * A truncated value or a default value that crmsync wrote to Salesforce comes back as a Salesforce
 * change. It stands for the HubSpot value it replaced, so that it is recognised as our own write
 * and is not synced back over the longer, blank or unusable HubSpot value.
 */
final class RemedyEchoes {

    private RemedyEchoes() {}

    /**
     * The value to compare with the field state: the HubSpot value when {@code converted} is what a
     * remedy made of it, else {@code converted}.
     *
     * @param raw the Salesforce value as read
     * @param converted the same value in HubSpot's form
     */
    static Object original(MappedField field, Object raw, Object converted, FieldState state) {
        if (state == null) {
            return converted;
        }
        FieldMapping mapping = field.mapping();
        String hubSpot = state.hubSpotValue();
        String value = ValueConverter.canonical(converted);
        int length = field.salesforce().length();
        if (mapping.truncate()
                && hubSpot != null
                && value != null
                && length > 0
                && hubSpot.length() > length
                && value.equals(
                        ValueConverter.canonical(ValueConverter.truncated(hubSpot, length)))) {
            return hubSpot;
        }
        String fallback = ValueConverter.canonical(mapping.defaultValue());
        if (fallback != null
                && fallback.equals(ValueConverter.canonical(raw))
                && state.source() == ExternalSystem.HUBSPOT
                && Objects.equals(state.hubSpotValue(), state.salesforceValue())
                && !fallback.equals(hubSpot)
                && (hubSpot == null || unusable(field, hubSpot))) {
            return hubSpot;
        }
        return converted;
    }

    private static boolean unusable(MappedField field, String hubSpot) {
        try {
            ValueConverter.toSalesforce(
                    hubSpot,
                    field.hubSpot(),
                    field.salesforce(),
                    field.mapping().translations(),
                    field.mapping().truncate());
            return false;
        } catch (ConversionException e) {
            return true;
        }
    }
}
