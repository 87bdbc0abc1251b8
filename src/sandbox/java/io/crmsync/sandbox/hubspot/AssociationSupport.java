package io.crmsync.sandbox.hubspot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the v4 association endpoints share: type and record checks, type specs, default types. */
@Component
class AssociationSupport {

    private final ObjectTypes types;
    private final ObjectStore store;
    private final Associations associations;

    AssociationSupport(ObjectTypes types, ObjectStore store, Associations associations) {
        this.types = types;
        this.store = store;
        this.associations = associations;
    }

    Associations associations() {
        return associations;
    }

    ObjectType type(String name) {
        return types.require(name);
    }

    /** The id of a live record, or HubSpot's 404. */
    long existing(ObjectType type, String id) {
        try {
            HsObject object = store.get(type.id(), Long.parseLong(id));
            if (object != null && !object.archived()) {
                return object.id();
            }
        } catch (NumberFormatException e) {
            // falls through to the 404
        }
        throw HubSpotException.notFound(id);
    }

    boolean exists(ObjectType type, String id) {
        try {
            existing(type, id);
            return true;
        } catch (HubSpotException e) {
            return false;
        }
    }

    List<Associations.Kind> kinds(List<?> specs) {
        List<Associations.Kind> kinds = new ArrayList<>();
        for (Object item : specs) {
            Map<String, Object> spec = Inputs.object(item, "association spec");
            String category = Inputs.string(spec, "associationCategory");
            if (!List.of("HUBSPOT_DEFINED", "USER_DEFINED", "INTEGRATOR_DEFINED")
                    .contains(category)) {
                throw HubSpotException.badRequest("Unknown associationCategory: " + category);
            }
            kinds.add(
                    new Associations.Kind(
                            category, Integer.parseInt(Inputs.string(spec, "associationTypeId"))));
        }
        if (kinds.isEmpty()) {
            throw HubSpotException.badRequest("At least one association type is required");
        }
        return kinds;
    }

    Associations.Kind defaultKind(ObjectType from, ObjectType to) {
        Integer typeId = AssociationTypes.defaultType(from.id(), to.id());
        if (typeId == null) {
            throw HubSpotException.badRequest(
                    "No default association type from " + from.name() + " to " + to.name());
        }
        return new Associations.Kind("HUBSPOT_DEFINED", typeId);
    }

    static Map<String, Object> defaultResult(long fromId, long toId, Associations.Kind kind) {
        return Map.of(
                "from",
                Map.of("id", String.valueOf(fromId)),
                "to",
                Map.of("id", String.valueOf(toId)),
                "associationSpec",
                Map.of("associationCategory", kind.category(), "associationTypeId", kind.typeId()));
    }
}
