package io.crmsync.sync.engine;

import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.ObjectSchema;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * How the Record page names a record: a person by name and email, a company or deal by its name.
 * Reads ask only for the fields that name it and that the object has.
 */
@Component
class RecordLabels {

    private static final List<String> HUBSPOT =
            List.of("name", "dealname", "firstname", "lastname", "email");
    private static final List<String> SALESFORCE =
            List.of("Name", "FirstName", "LastName", "Email");

    private final PairSchema schema;

    RecordLabels(PairSchema schema) {
        this.schema = schema;
    }

    List<String> hubSpotFields(String hubSpotType) {
        return present(HUBSPOT, schema.hubSpot(hubSpotType));
    }

    List<String> salesforceFields(String salesforceType) {
        return present(SALESFORCE, schema.salesforce(salesforceType));
    }

    /** "Ada Lovelace <ada@example.com>", "Globex"; null when the record has none of them. */
    static String of(CrmRecord record) {
        if (record == null) {
            return null;
        }
        Map<String, Object> f = record.fields();
        String person =
                Stream.of(text(f, "FirstName", "firstname"), text(f, "LastName", "lastname"))
                        .filter(Objects::nonNull)
                        .collect(Collectors.joining(" "));
        String name = person.isEmpty() ? text(f, "Name", "name", "dealname") : person;
        String email = text(f, "Email", "email");
        if (name == null) {
            return email;
        }
        return email == null ? name : name + " <" + email + ">";
    }

    private static List<String> present(List<String> names, ObjectSchema schema) {
        return names.stream().filter(n -> schema.field(n).isPresent()).toList();
    }

    private static String text(Map<String, Object> fields, String... names) {
        for (String name : names) {
            Object value = fields.get(name);
            if (value != null && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return null;
    }
}
