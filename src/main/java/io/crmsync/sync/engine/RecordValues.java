package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.convert.AddressResult;
import io.crmsync.convert.ConversionException;
import io.crmsync.convert.HubSpotAddress;
import io.crmsync.convert.ValueConverter;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.FieldSchema;
import io.crmsync.spi.ObjectSchema;
import io.crmsync.spi.SyncFailure;
import io.crmsync.sync.ContactSettings;
import io.crmsync.sync.internal.StateCountryConverter;
import io.crmsync.sync.settings.SyncSettings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * One record's change, worked out field by field with the sync rules: the values to write to the
 * other side, the new field states, and the fields that could not be converted.
 *
 * @param toWrite values by the other side's field names
 * @param sendsBack a Two-way field changed here lost to a newer change on the other side, whose
 *     record is to sync back
 */
record RecordValues(
        Map<String, Object> toWrite,
        List<FieldWrite> fieldWrites,
        List<SyncFailure> errors,
        boolean sendsBack) {

    @Component
    static class Factory {

        private final PairSchema schema;
        private final SyncSettings settings;
        private final Owners owners;
        private final CounterpartStates counterparts;
        private final DealStages stages;

        Factory(
                PairSchema schema,
                SyncSettings settings,
                Owners owners,
                CounterpartStates counterparts,
                DealStages stages) {
            this.stages = stages;
            this.counterparts = counterparts;
            this.schema = schema;
            this.settings = settings;
            this.owners = owners;
        }

        /**
         * One record's change in either direction. {@code matched} is the existing record on the
         * other side it is about to be linked with: its values stand in for the field states.
         */
        RecordValues plan(
                ExternalSystem from,
                String salesforceType,
                CrmRecord record,
                Map<String, FieldState> states,
                boolean creating,
                CrmRecord matched,
                Set<String> skipped) {
            if (from == ExternalSystem.HUBSPOT) {
                return fromHubSpot(salesforceType, record, states, creating, matched, skipped);
            }
            return fromSalesforce(
                    salesforceType,
                    record,
                    matched == null ? states : counterparts.ofHubSpot(salesforceType, matched),
                    creating,
                    skipped);
        }

        /** A Salesforce lead or contact, as HubSpot contact properties. */
        RecordValues fromSalesforce(
                String salesforceType,
                CrmRecord record,
                Map<String, FieldState> states,
                boolean creating,
                Set<String> skipped) {
            ValuesBuilder b =
                    new ValuesBuilder(
                            ExternalSystem.SALESFORCE, record.modifiedAt(), states, creating);
            SyncedFields synced = SyncedFields.of(schema.fields(salesforceType), skipped);
            MappedField state = synced.state();
            MappedField country = synced.country();
            for (MappedField field : synced.plain()) {
                if (Owners.isOwner(field)) {
                    // An owner without a counterpart of the same email is left as it is.
                    String owner =
                            owners.hubSpotOwnerOf(record.fields().get(field.salesforceName()));
                    if (owner != null) {
                        b.apply(field, field.property(), owner);
                    }
                    continue;
                }
                Object raw = record.fields().get(field.salesforceName());
                if (DealStages.isStage(field)) {
                    stages.fromSalesforce(b, field, record);
                    continue;
                }
                if (isDomain(field)) {
                    // HubSpot keeps a company's domain, Salesforce its website's address.
                    b.apply(field, field.property(), CompanyPair.domainOf(raw));
                    continue;
                }
                Object value;
                try {
                    value =
                            ValueConverter.toHubSpot(
                                    raw,
                                    field.salesforce(),
                                    field.hubSpot(),
                                    field.mapping().translations(),
                                    field.mapping().truncate());
                } catch (ConversionException e) {
                    b.error(e.failure(), field.salesforceName());
                    continue;
                }
                value = RemedyEchoes.original(field, raw, value, states.get(field.property()));
                b.apply(field, field.property(), value);
            }
            if (state != null || country != null) {
                String prefix = (state != null ? state : country).addressPrefix();
                Map<String, Object> f = record.fields();
                HubSpotAddress address =
                        StateCountryConverter.toHubSpot(
                                text(f.get(prefix + "State")),
                                text(f.get(prefix + "StateCode")),
                                text(f.get(prefix + "Country")),
                                text(f.get(prefix + "CountryCode")),
                                settings.contactSettings().hubSpotStateValues());
                if (state != null) {
                    b.apply(state, state.property(), address.state());
                }
                if (country != null) {
                    b.apply(country, country.property(), address.country());
                }
            }
            return stages.withPipeline(b.build());
        }

        /**
         * A HubSpot contact, as fields of a Salesforce lead or contact. {@code matched} is the
         * Salesforce record found by email for a contact not linked yet: its values stand in for
         * the field states, so that "prefer Salesforce" keeps them.
         */
        RecordValues fromHubSpot(
                String salesforceType,
                CrmRecord record,
                Map<String, FieldState> states,
                boolean creating,
                CrmRecord matched,
                Set<String> skipped) {
            List<MappedField> fields = schema.fields(salesforceType);
            Map<String, FieldState> known =
                    matched == null
                            ? states
                            : counterparts.ofSalesforce(salesforceType, fields, matched);
            ValuesBuilder b =
                    new ValuesBuilder(ExternalSystem.HUBSPOT, record.modifiedAt(), known, creating);
            SyncedFields synced = SyncedFields.of(fields, skipped);
            MappedField state = synced.state();
            MappedField country = synced.country();
            for (MappedField field : synced.plain()) {
                Object value = record.fields().get(field.property());
                if (DealStages.isStage(field)) {
                    stages.fromHubSpot(b, field, value, creating);
                    continue;
                }
                if (Owners.isOwner(field)) {
                    String user = owners.salesforceUserOf(value);
                    if (user != null) {
                        b.applyConverted(field, field.salesforceName(), value, user);
                    }
                    continue;
                }
                boolean fallback = field.mapping().defaultValue() != null;
                if (b.decide(field, ValueConverter.canonical(value)) != FieldRules.Action.WRITE) {
                    if (fallback && creating && ValueConverter.canonical(value) == null) {
                        useDefault(b, field, value, null);
                    } else {
                        b.apply(field, field.salesforceName(), value);
                    }
                    continue;
                }
                Object converted;
                try {
                    converted =
                            ValueConverter.toSalesforce(
                                    value,
                                    field.hubSpot(),
                                    field.salesforce(),
                                    field.mapping().translations(),
                                    field.mapping().truncate());
                } catch (ConversionException e) {
                    if (fallback) {
                        useDefault(b, field, value, e);
                    } else {
                        b.error(e.failure(), field.property());
                    }
                    continue;
                }
                if (converted == null && fallback) {
                    useDefault(b, field, value, null);
                    continue;
                }
                b.applyConverted(field, field.salesforceName(), value, converted);
            }
            if (state != null || country != null) {
                address(salesforceType, record, b, state, country);
            }
            return b.build();
        }

        /**
         * Writes the mapping's default in place of a blank or unusable HubSpot value; the field
         * state keeps the HubSpot value, so that the default's echo is recognised.
         */
        private static void useDefault(
                ValuesBuilder b, MappedField field, Object value, ConversionException unusable) {
            Object fallback;
            try {
                fallback =
                        ValueConverter.toSalesforce(
                                field.mapping().defaultValue(),
                                field.hubSpot(),
                                field.salesforce(),
                                List.of());
            } catch (ConversionException e) {
                b.error((unusable != null ? unusable : e).failure(), field.property());
                return;
            }
            b.applyWrite(field, field.salesforceName(), value, fallback);
        }

        private void address(
                String salesforceType,
                CrmRecord record,
                ValuesBuilder b,
                MappedField state,
                MappedField country) {
            String stateValue = state == null ? null : text(record.fields().get(state.property()));
            String countryValue =
                    country == null ? null : text(record.fields().get(country.property()));
            boolean writeState =
                    state != null
                            && b.decide(state, ValueConverter.canonical(stateValue))
                                    == FieldRules.Action.WRITE;
            boolean writeCountry =
                    country != null
                            && b.decide(country, ValueConverter.canonical(countryValue))
                                    == FieldRules.Action.WRITE;
            if (!writeState && !writeCountry) {
                if (state != null) {
                    b.apply(state, null, stateValue);
                }
                if (country != null) {
                    b.apply(country, null, countryValue);
                }
                return;
            }
            String prefix = (state != null ? state : country).addressPrefix();
            ObjectSchema sf = schema.salesforce(salesforceType);
            ContactSettings contactSettings = settings.contactSettings();
            // An org without the code fields has its picklists off, whatever the setting says.
            ContactSettings.SalesforceStatePicklist mode =
                    sf.field(prefix + StateCountryConverter.COUNTRY_CODE).isPresent()
                            ? contactSettings.salesforceStatePicklist()
                            : ContactSettings.SalesforceStatePicklist.DISABLED;
            AddressResult result =
                    StateCountryConverter.toSalesforce(
                            stateValue,
                            countryValue,
                            mode,
                            contactSettings.hubSpotStateValues(),
                            picklist(sf, prefix + "CountryCode"),
                            picklist(sf, prefix + "StateCode"));
            if (!result.ok()) {
                b.error(result.failure(), result.failure().field());
                return;
            }
            Map<String, String> values = result.values();
            if (writeState || writeCountry) {
                // A state is only valid with its country, so both go together.
                if (state != null) {
                    b.applyAddress(state, stateValue, prefix, values, true);
                }
                if (country != null) {
                    b.applyAddress(country, countryValue, prefix, values, false);
                }
            }
        }

        private static boolean isDomain(MappedField field) {
            return "domain".equals(field.property())
                    && "url".equalsIgnoreCase(field.salesforce().type());
        }

        private static List<String> picklist(ObjectSchema schema, String field) {
            return schema.field(field).map(FieldSchema::picklistValues).orElse(List.of());
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }
    }
}
