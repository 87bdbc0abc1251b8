package io.crmsync.health;

import io.crmsync.convert.ValueTranslation;
import io.crmsync.settings.ContactMappingService;
import io.crmsync.settings.MappingChoice;
import io.crmsync.settings.MappingChoices;
import io.crmsync.sync.FieldMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The contact mapping an error group's remedy changes, and the field its values are written to. */
@Component
class GroupMappings {

    private final ContactMappingService mappings;

    GroupMappings(ContactMappingService mappings) {
        this.mappings = mappings;
    }

    FieldMapping translatableMapping(ErrorGroup group) {
        if (!group.translatable()) {
            throw new ErrorRemedyRejected(
                    "A value translation fixes only refused picklist values of a known field.");
        }
        return mappingFor(group).orElseThrow(() -> unmapped(group));
    }

    FieldMapping applicable(ErrorGroup group, ErrorRemedy remedy) {
        FieldMapping mapping = mappingFor(group).orElseThrow(() -> unmapped(group));
        if (!GroupRemedies.of(group, mapping).contains(remedy)) {
            throw new ErrorRemedyRejected(GroupRemedies.whyNot(remedy));
        }
        return mapping;
    }

    private static ErrorRemedyRejected unmapped(ErrorGroup group) {
        return new ErrorRemedyRejected(
                "No contact mapping uses the field "
                        + (group.field().isEmpty() ? "(none)" : group.field())
                        + "; map it first on the Contacts tab.");
    }

    Optional<FieldMapping> mappingFor(ErrorGroup group) {
        if (group == null || group.field() == null || group.field().isEmpty()) {
            return Optional.empty();
        }
        List<FieldMapping> all = mappings.mappings();
        return all.stream()
                .filter(m -> GroupRemedies.isSalesforceField(m, group.field()))
                .findFirst()
                .or(() -> all.stream().filter(m -> matches(m, group.field())).findFirst());
    }

    /** The describe of the field the group's values go to. */
    Optional<MappingChoice> target(FieldMapping mapping, ErrorGroup group) {
        boolean toSalesforce = GroupRemedies.isSalesforceField(mapping, group.field());
        MappingChoices choices = mappings.choices();
        String name = toSalesforce ? mapping.salesforceField() : mapping.hubSpotProperty();
        return (toSalesforce ? choices.salesforceFields() : choices.hubSpotProperties())
                .stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    private static boolean matches(FieldMapping m, String field) {
        return GroupRemedies.isSalesforceField(m, field) || field.equals(m.hubSpotProperty());
    }

    private static boolean toSalesforce(FieldMapping m, ErrorGroup group) {
        return GroupRemedies.isSalesforceField(m, group.field());
    }

    /**
     * The mapping's translations with one from the group's refused value to {@code target}, which
     * replaces any earlier translation of the same value.
     */
    static List<ValueTranslation> translationsWith(
            FieldMapping mapping, ErrorGroup group, String target) {
        ValueTranslation added =
                toSalesforce(mapping, group)
                        ? new ValueTranslation(group.value(), target.strip())
                        : new ValueTranslation(target.strip(), group.value());
        List<ValueTranslation> translations = new ArrayList<>();
        for (ValueTranslation t : mapping.translations()) {
            boolean replaced =
                    toSalesforce(mapping, group)
                            ? t.hubSpotValue().equals(added.hubSpotValue())
                            : t.salesforceValue().equals(added.salesforceValue());
            if (!replaced) {
                translations.add(t);
            }
        }
        translations.add(added);
        return translations;
    }
}
