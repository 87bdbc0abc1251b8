package io.crmsync.sandbox.hubspot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** Renders records the way the v3 objects API does. */
@Component
class ObjectJson {

    /** The contact property that names its primary company; read-only, kept from associations. */
    static final String PRIMARY_COMPANY = "associatedcompanyid";

    private final Portal portal;
    private final Associations associations;
    private final ObjectTypes types;

    ObjectJson(Portal portal, Associations associations, ObjectTypes types) {
        this.portal = portal;
        this.associations = associations;
        this.types = types;
    }

    /** Every stored property, as create and update answer. */
    Map<String, Object> full(ObjectType type, HsObject object) {
        return render(type, object, new TreeMap<>(object.properties()));
    }

    /**
     * The requested properties (requested but unset ones as null) plus the id, create and modify
     * dates; the type's defaults when none are requested.
     */
    Map<String, Object> selected(ObjectType type, HsObject object, List<String> requested) {
        List<String> names =
                requested == null || requested.isEmpty() ? type.defaultProperties() : requested;
        Map<String, String> properties = new TreeMap<>();
        for (String name : names) {
            if (!name.isBlank()) {
                properties.put(name.strip(), value(type, object, name.strip()));
            }
        }
        for (String always :
                List.of("hs_object_id", type.createdProperty(), type.modifiedProperty())) {
            properties.put(always, object.get(always));
        }
        return render(type, object, properties);
    }

    /** A stored property, or the primary company id HubSpot keeps in a contact's property. */
    private String value(ObjectType type, HsObject object, String name) {
        if (type.isContact() && PRIMARY_COMPANY.equals(name)) {
            Long company = associations.primaryCompany(type.id(), object.id());
            return company == null ? null : String.valueOf(company);
        }
        return object.get(name);
    }

    /** Adds the v3 {@code associations} block for the named target types. */
    void addAssociations(
            Map<String, Object> json, ObjectType type, HsObject object, List<String> targets) {
        if (targets == null || targets.isEmpty()) {
            return;
        }
        Map<String, Object> block = new LinkedHashMap<>();
        for (String target : targets) {
            ObjectType to = types.find(target.strip()).orElse(null);
            if (to == null) {
                continue;
            }
            List<Map<String, Object>> results = new ArrayList<>();
            associations
                    .of(type.id(), object.id(), to.id())
                    .forEach(
                            (id, kinds) -> {
                                for (Associations.Kind kind : kinds) {
                                    results.add(
                                            Map.of(
                                                    "id",
                                                    String.valueOf(id),
                                                    "type",
                                                    typeName(type, to, kind)));
                                }
                            });
            if (!results.isEmpty()) {
                block.put(to.name(), Map.of("results", results));
            }
        }
        if (!block.isEmpty()) {
            json.put("associations", block);
        }
    }

    private static String typeName(ObjectType from, ObjectType to, Associations.Kind kind) {
        String base = from.singular() + "_to_" + to.singular();
        boolean hasPrimary = AssociationTypes.primaryType(from.id(), to.id()) != null;
        return hasPrimary && !AssociationTypes.isPrimary(kind.category(), kind.typeId())
                ? base + "_unlabeled"
                : base;
    }

    private Map<String, Object> render(
            ObjectType type, HsObject object, Map<String, String> properties) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", String.valueOf(object.id()));
        json.put("properties", properties);
        json.put("createdAt", Times.iso(object.createdAt()));
        json.put("updatedAt", Times.iso(object.updatedAt()));
        json.put("archived", object.archived());
        if (object.archived()) {
            json.put("archivedAt", Times.iso(object.archivedAt()));
        }
        json.put("url", portal.recordUrl(type.id(), object.id()));
        return json;
    }
}
