package io.crmsync.sandbox.hubspot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The {@code associations} of a v3 create: checked before the record is written, added after. */
@Component
class InputAssociations {

    private final ObjectStore store;
    private final Associations associations;

    InputAssociations(ObjectStore store, Associations associations) {
        this.store = store;
        this.associations = associations;
    }

    /** The links to add once the record has an id; {@code fromId} is a placeholder until then. */
    List<Associations.Link> parse(ObjectType from, long fromId, Object input) {
        List<Associations.Link> links = new ArrayList<>();
        if (input == null) {
            return links;
        }
        if (!(input instanceof List<?> list)) {
            throw HubSpotException.badRequest("Invalid input JSON: associations must be an array");
        }
        for (Object item : list) {
            Map<String, Object> association = Inputs.object(item, "association");
            String toId = Inputs.string(Inputs.object(association.get("to"), "to"), "id");
            Object types = association.get("types");
            if (!(types instanceof List<?> typeList) || typeList.isEmpty()) {
                throw HubSpotException.badRequest(
                        "Invalid input JSON: association types are required");
            }
            for (Object typeItem : typeList) {
                Map<String, Object> spec = Inputs.object(typeItem, "type");
                String category = Inputs.string(spec, "associationCategory");
                int typeId = Integer.parseInt(Inputs.string(spec, "associationTypeId"));
                String toType = AssociationTypes.target(from.id(), typeId);
                if (toType == null || !exists(toType, toId)) {
                    throw HubSpotException.badRequest(
                            "One or more associations are invalid: "
                                    + category
                                    + " "
                                    + typeId
                                    + " to "
                                    + toId);
                }
                links.add(
                        new Associations.Link(
                                from.id(),
                                fromId,
                                toType,
                                Long.parseLong(toId),
                                new Associations.Kind(category, typeId)));
            }
        }
        return links;
    }

    void add(List<Associations.Link> links, long fromId) {
        if (!links.isEmpty()) {
            associations.add(
                    links.stream()
                            .map(
                                    l ->
                                            new Associations.Link(
                                                    l.fromType(),
                                                    fromId,
                                                    l.toType(),
                                                    l.toId(),
                                                    l.kind()))
                            .toList());
        }
    }

    private boolean exists(String typeId, String id) {
        try {
            HsObject object = store.get(typeId, Long.parseLong(id));
            return object != null && !object.archived();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
