package io.crmsync.connector.hubspot.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Creates properties with {@code POST /crm/v3/properties/{objectType}}. */
public final class PropertyWriter {

    private final HubSpotClient client;
    private final SchemaReader schemas;

    public PropertyWriter(HubSpotClient client, SchemaReader schemas) {
        this.client = client;
        this.schemas = schemas;
    }

    /** False when a property of that name exists already (HubSpot answers 409). */
    public boolean createUnique(String objectType, String name, String label, String group) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("label", label);
        body.put("type", "string");
        body.put("fieldType", "text");
        body.put("groupName", group);
        body.put("hasUniqueValue", true);
        try {
            client.send(
                    ApiRequest.post(
                            "/crm/v3/properties/" + objectType,
                            body,
                            objectType,
                            "property-create"));
            // Writes check their inputs against the schema read before: read it again.
            schemas.forget(objectType);
            return true;
        } catch (HubSpotCallException e) {
            if (e.status() == 409) {
                return false;
            }
            throw e;
        }
    }
}
