package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.convert.ConversionException;
import io.crmsync.convert.HubSpotAddress;
import io.crmsync.convert.ValueConverter;
import io.crmsync.spi.CrmRecord;
import io.crmsync.sync.internal.StateCountryConverter;
import io.crmsync.sync.settings.SyncSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A record on the other side, about to be linked or about to be overwritten, read as field states:
 * its mapped values in HubSpot's canonical form, by HubSpot property. The sync rules compare a
 * change with these as with what crmsync last knew.
 */
@Component
class CounterpartStates {

    private final PairSchema schema;
    private final SyncSettings settings;
    private final Owners owners;

    CounterpartStates(PairSchema schema, SyncSettings settings, Owners owners) {
        this.schema = schema;
        this.settings = settings;
        this.owners = owners;
    }

    /**
     * The Salesforce record's mapped values in HubSpot's canonical form, by HubSpot property, as
     * field states: what the two sides are compared with.
     */
    Map<String, FieldState> ofSalesforce(
            String salesforceType, List<MappedField> fields, CrmRecord matched) {
        Map<String, FieldState> states = new LinkedHashMap<>();
        for (MappedField field : fields) {
            String value;
            if (Owners.isOwner(field)) {
                value = owners.hubSpotOwnerOf(matched.fields().get(field.salesforceName()));
            } else if (field.isState() || field.isCountry()) {
                String prefix = field.addressPrefix();
                Map<String, Object> f = matched.fields();
                HubSpotAddress address =
                        StateCountryConverter.toHubSpot(
                                text(f.get(prefix + "State")),
                                text(f.get(prefix + "StateCode")),
                                text(f.get(prefix + "Country")),
                                text(f.get(prefix + "CountryCode")),
                                settings.contactSettings().hubSpotStateValues());
                value = field.isState() ? address.state() : address.country();
            } else {
                try {
                    value =
                            ValueConverter.canonical(
                                    ValueConverter.toHubSpot(
                                            matched.fields().get(field.salesforceName()),
                                            field.salesforce(),
                                            field.hubSpot(),
                                            field.mapping().translations()));
                } catch (ConversionException e) {
                    value = null;
                }
            }
            states.put(
                    field.property(),
                    new FieldState(
                            field.property(),
                            null,
                            value,
                            ExternalSystem.SALESFORCE,
                            matched.modifiedAt()));
        }
        return states;
    }

    /**
     * A HubSpot contact's mapped values as field states, for a Salesforce record about to be linked
     * with it: a Two-way field keeps the newer of the two changes.
     */
    Map<String, FieldState> ofHubSpot(String salesforceType, CrmRecord hubSpot) {
        Map<String, FieldState> states = new LinkedHashMap<>();
        for (MappedField field : schema.fields(salesforceType)) {
            states.put(
                    field.property(),
                    new FieldState(
                            field.property(),
                            ValueConverter.canonical(hubSpot.fields().get(field.property())),
                            null,
                            ExternalSystem.HUBSPOT,
                            hubSpot.modifiedAt()));
        }
        return states;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
