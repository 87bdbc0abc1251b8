package io.crmsync.settings.internal;

import io.crmsync.convert.ValueConverter;
import io.crmsync.convert.ValueTranslation;
import io.crmsync.settings.MappingChoice;
import io.crmsync.settings.MappingChoices;
import io.crmsync.settings.MappingRejected;
import io.crmsync.settings.MappingRejected.Field;
import io.crmsync.spi.FieldSchema;
import io.crmsync.spi.ObjectSchema;
import io.crmsync.sync.FieldMapping;
import io.crmsync.sync.SyncObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The checks a field mapping must pass before it is stored (PRODUCT.md S14). */
public final class MappingRules {

    /** HubSpot properties that crmsync sets itself and that therefore cannot be mapped. */
    private static final Set<String> RESERVED =
            Set.of(
                    "lifecyclestage",
                    "hs_object_id",
                    "salesforce_record_id",
                    "salesforce_account_id");

    private static final String OWNER_PROPERTY = "hubspot_owner_id";
    private static final String OWNER_FIELD = "OwnerId";

    /**
     * The describes of one synced object: its HubSpot object and its Salesforce objects, the first
     * of which names the mappings' fields (a lead's address fields drop their prefix).
     */
    public record Schemas(SyncObject object, ObjectSchema hubSpot, List<ObjectSchema> salesforce) {

        public Schemas {
            salesforce = List.copyOf(salesforce);
        }

        /** A Salesforce field by its name on the first object, or on any other. */
        Optional<FieldSchema> salesforce(String name) {
            for (ObjectSchema schema : salesforce) {
                Optional<FieldSchema> field = schema.field(nameOn(schema, name));
                if (field.isPresent()) {
                    return field;
                }
            }
            return Optional.empty();
        }

        /** The field's name as the first object spells it, when it has it. */
        Optional<String> primaryName(String name) {
            return salesforce.getFirst().field(name).map(FieldSchema::name);
        }

        List<String> objects(String name) {
            List<String> objects = new ArrayList<>();
            for (ObjectSchema schema : salesforce) {
                schema.field(nameOn(schema, name)).ifPresent(f -> objects.add(schema.objectType()));
            }
            return objects;
        }

        public MappingChoices choices() {
            List<MappingChoice> hubSpotChoices =
                    hubSpot.fields().stream()
                            .filter(f -> f.updateable() && !RESERVED.contains(f.name()))
                            .map(f -> choice(f, List.of(object.hubSpotType())))
                            .sorted(BY_CAPTION)
                            .toList();
            Map<String, MappingChoice> choices = new LinkedHashMap<>();
            for (FieldSchema f : salesforce.getFirst().fields()) {
                if (f.updateable()) {
                    choices.put(f.name(), choice(f, objects(f.name())));
                }
            }
            for (ObjectSchema other : salesforce.subList(1, salesforce.size())) {
                for (FieldSchema f : other.fields()) {
                    String name = f.name();
                    if (f.updateable()
                            && !choices.containsKey(name)
                            && !choices.containsKey("Mailing" + name)) {
                        choices.put(name, choice(f, List.of(other.objectType())));
                    }
                }
            }
            return new MappingChoices(
                    hubSpotChoices, choices.values().stream().sorted(BY_CAPTION).toList());
        }

        private static String nameOn(ObjectSchema schema, String name) {
            return "Lead".equals(schema.objectType()) ? leadName(name) : name;
        }
    }

    private static final Comparator<MappingChoice> BY_CAPTION =
            Comparator.comparing(MappingChoice::caption, String.CASE_INSENSITIVE_ORDER);

    private MappingRules() {}

    /**
     * The mapping as it will be stored, or a {@link MappingRejected} naming the field at fault.
     *
     * @param stored the mapping being changed, or null for a new one
     * @param all every stored mapping
     */
    public static FieldMapping check(
            FieldMapping m, FieldMapping stored, List<FieldMapping> all, Schemas schemas) {
        String hubSpot = trim(m.hubSpotProperty());
        String salesforce = trim(m.salesforceField());
        if (hubSpot.isEmpty()) {
            throw new MappingRejected(Field.HUBSPOT_PROPERTY, "Choose a HubSpot property.");
        }
        if (salesforce.isEmpty()) {
            throw new MappingRejected(Field.SALESFORCE_FIELD, "Choose a Salesforce field.");
        }
        if (m.rule() == null) {
            throw new MappingRejected(Field.RULE, "Choose a sync rule.");
        }
        FieldSchema hs = schemas.hubSpot().field(hubSpot).orElse(null);
        FieldSchema sf = schemas.salesforce(salesforce).orElse(null);
        if (stored != null && stored.defaultMapping()) {
            if (!stored.hubSpotProperty().equals(hubSpot)) {
                throw new MappingRejected(
                        Field.HUBSPOT_PROPERTY,
                        "A default mapping keeps its HubSpot property; add a new mapping instead.");
            }
            if (!stored.salesforceField().equals(salesforce)) {
                throw new MappingRejected(
                        Field.SALESFORCE_FIELD,
                        "A default mapping keeps its Salesforce field; add a new mapping instead.");
            }
        } else {
            checkNew(schemas.object(), hubSpot, salesforce, hs, sf, m.id(), all);
            hubSpot = hs.name();
            salesforce = schemas.primaryName(salesforce).orElse(sf.name());
        }
        List<ValueTranslation> translations = MappingTranslations.checked(m.translations(), hs, sf);
        if (m.truncate()) {
            checkTruncate(hs, sf);
        }
        String defaultValue =
                m.defaultValue() == null
                        ? null
                        : MappingDefaults.defaultValue(m.defaultValue(), sf);
        return new FieldMapping(
                m.id(),
                hubSpot,
                salesforce,
                m.rule(),
                m.defaultMapping(),
                translations,
                m.truncate(),
                defaultValue);
    }

    /** Truncation needs a text field with a length on at least one side. */
    private static void checkTruncate(FieldSchema hs, FieldSchema sf) {
        if (!hasLength(sf) && !hasLength(hs)) {
            throw new MappingRejected(
                    Field.TRUNCATE,
                    "Only text fields with a maximum length can be truncated"
                            + (sf == null
                                    ? "."
                                    : "; Salesforce's "
                                            + sf.name()
                                            + " is a "
                                            + sf.type()
                                            + " field without one."));
        }
    }

    private static boolean hasLength(FieldSchema f) {
        return f != null && f.length() > 0 && ValueConverter.isText(f.type());
    }

    private static void checkNew(
            SyncObject object,
            String hubSpot,
            String salesforce,
            FieldSchema hs,
            FieldSchema sf,
            long id,
            List<FieldMapping> all) {
        if (RESERVED.contains(hubSpot.toLowerCase())) {
            throw new MappingRejected(
                    Field.HUBSPOT_PROPERTY,
                    hubSpot + " is set by crmsync itself and cannot be mapped.");
        }
        if (hs == null) {
            throw new MappingRejected(
                    Field.HUBSPOT_PROPERTY,
                    "HubSpot has no " + object.singular() + " property named " + hubSpot + ".");
        }
        if (sf == null) {
            throw new MappingRejected(
                    Field.SALESFORCE_FIELD,
                    "Salesforce has no "
                            + String.join(" or ", object.salesforceTypes())
                            + " field named "
                            + salesforce
                            + ".");
        }
        for (FieldMapping other : all) {
            if (other.id() != id && other.hubSpotProperty().equalsIgnoreCase(hs.name())) {
                throw new MappingRejected(
                        Field.HUBSPOT_PROPERTY,
                        hs.name()
                                + " is mapped already, to "
                                + other.salesforceField()
                                + ". A HubSpot property can be mapped only once.");
            }
        }
        boolean owner =
                OWNER_PROPERTY.equals(hs.name())
                        && OWNER_FIELD.equals(sf.name())
                        && sf.referenceTo().contains("User");
        if (!owner) {
            TypeCompatibility.problem(hs.type(), null, sf.type())
                    .ifPresent(
                            problem -> {
                                throw new MappingRejected(
                                        Field.SALESFORCE_FIELD,
                                        problem + " " + hs.name() + " is " + hs.type() + "; "
                                                + sf.name() + " is " + sf.type() + ".");
                            });
        }
    }

    /** The Lead field for a Contact field name: the address fields drop their prefix. */
    static String leadName(String contactField) {
        return contactField.startsWith("Mailing") ? contactField.substring(7) : contactField;
    }

    /** How a mapping reads in the audit log. */
    public static String target(SyncObject object, FieldMapping m) {
        return switch (object) {
                    case CONTACT -> "Contact";
                    case COMPANY -> "Company";
                    case DEAL -> "Deal";
                }
                + " mapping "
                + m.hubSpotProperty()
                + " ↔ "
                + m.salesforceField();
    }

    /** How a mapping reads in the audit log. */
    public static Map<String, Object> state(FieldMapping m) {
        return SettingsDiff.auditState(m);
    }

    private static MappingChoice choice(FieldSchema f, List<String> objects) {
        return new MappingChoice(
                f.name(), f.label(), f.type(), f.picklistValues(), objects, f.length());
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
