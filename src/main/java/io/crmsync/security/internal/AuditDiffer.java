package io.crmsync.security.internal;

import io.crmsync.security.AuditEntry.FieldChange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Compares the before and after JSON objects of an audit entry, field by field. */
@Component
class AuditDiffer {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private final JsonMapper json;

    AuditDiffer(JsonMapper json) {
        this.json = json;
    }

    List<FieldChange> diff(String before, String after) {
        Map<String, Object> left = parse(before);
        Map<String, Object> right = parse(after);
        Set<String> fields = new LinkedHashSet<>(left.keySet());
        fields.addAll(right.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            Object was = left.get(field);
            Object is = right.get(field);
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(field, text(was), text(is)));
            }
        }
        return changes;
    }

    private Map<String, Object> parse(String state) {
        if (state == null || state.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(state, MAP);
        } catch (RuntimeException notAnObject) {
            return Map.of("value", state);
        }
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
