package io.crmsync.spi;

import java.util.List;
import java.util.Optional;

/** The fields of one CRM object. */
public record ObjectSchema(String objectType, String label, List<FieldSchema> fields) {

    public Optional<FieldSchema> field(String name) {
        return fields.stream().filter(field -> field.name().equalsIgnoreCase(name)).findFirst();
    }
}
