package io.crmsync.sandbox.hubspot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Renders v4 associations: type lists with labels, and the created-association shape. */
final class AssociationJson {

    private AssociationJson() {}

    static List<Map<String, Object>> types(Set<Associations.Kind> kinds) {
        List<Map<String, Object>> types = new ArrayList<>();
        kinds.stream()
                .sorted(java.util.Comparator.comparing(Associations.Kind::typeId))
                .forEach(
                        kind -> {
                            Map<String, Object> type = new LinkedHashMap<>();
                            type.put("category", kind.category());
                            type.put("typeId", kind.typeId());
                            type.put(
                                    "label",
                                    AssociationTypes.isPrimary(kind.category(), kind.typeId())
                                            ? "Primary"
                                            : null);
                            types.add(type);
                        });
        return types;
    }

    static Map<String, Object> target(long toId, Set<Associations.Kind> kinds) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("toObjectId", toId);
        json.put("associationTypes", types(kinds));
        return json;
    }

    static Map<String, Object> created(
            ObjectType from, long fromId, ObjectType to, long toId, List<Associations.Kind> kinds) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fromObjectTypeId", from.id());
        json.put("fromObjectId", fromId);
        json.put("toObjectTypeId", to.id());
        json.put("toObjectId", toId);
        json.put(
                "labels",
                kinds.stream()
                        .filter(k -> AssociationTypes.isPrimary(k.category(), k.typeId()))
                        .map(k -> "Primary")
                        .distinct()
                        .toList());
        return json;
    }
}
