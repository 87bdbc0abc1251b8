package io.crmsync.sync.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A record's mapped fields that sync, less the skipped ones: the address's state and country apart,
 * since they convert together (S13), and the rest one by one.
 */
record SyncedFields(List<MappedField> plain, MappedField state, MappedField country) {

    static SyncedFields of(List<MappedField> fields, Set<String> skipped) {
        List<MappedField> plain = new ArrayList<>();
        MappedField state = null;
        MappedField country = null;
        for (MappedField field : fields) {
            if (skipped.contains(field.property())) {
                continue;
            }
            if (field.isState()) {
                state = field;
            } else if (field.isCountry()) {
                country = field;
            } else {
                plain.add(field);
            }
        }
        return new SyncedFields(List.copyOf(plain), state, country);
    }
}
