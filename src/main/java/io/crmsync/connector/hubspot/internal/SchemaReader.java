package io.crmsync.connector.hubspot.internal;

import io.crmsync.spi.FieldSchema;
import io.crmsync.spi.ObjectSchema;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * An object's schema from the properties API ({@code GET /crm/v3/properties/{type}}), kept for a
 * while since it rarely changes and costs a call.
 */
public final class SchemaReader {

    private record Cached(ObjectSchema schema, Instant until) {}

    private final HubSpotClient client;
    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public SchemaReader(HubSpotClient client, Clock clock, Duration ttl) {
        this.client = client;
        this.clock = clock;
        this.ttl = ttl;
    }

    public ObjectSchema describe(String type) {
        Cached cached = cache.get(type);
        if (cached != null && clock.instant().isBefore(cached.until())) {
            return cached.schema();
        }
        JsonNode answer =
                client.send(
                        ApiRequest.get("/crm/v3/properties/" + type, Map.of(), type, "describe"));
        ObjectSchema schema = toSchema(type, answer);
        cache.put(type, new Cached(schema, clock.instant().plus(ttl)));
        return schema;
    }

    /** Drops the type's schema, after crmsync gave it a property. */
    public void forget(String type) {
        cache.remove(type);
    }

    /**
     * The schema as crmsync last read it, read again once it has expired; an empty schema when it
     * was never read. Writes check their inputs against it without a call of their own: the engine
     * reads the schemas of the objects it syncs before it writes them.
     */
    public ObjectSchema known(String type) {
        Cached cached = cache.get(type);
        if (cached == null) {
            return new ObjectSchema(type, type, List.of());
        }
        return clock.instant().isBefore(cached.until()) ? cached.schema() : describe(type);
    }

    public static ObjectSchema toSchema(String type, JsonNode answer) {
        List<FieldSchema> fields =
                answer.path("results")
                        .valueStream()
                        .filter(p -> !p.path("archived").asBoolean(false))
                        .map(SchemaReader::field)
                        .toList();
        return new ObjectSchema(type, type, fields);
    }

    /**
     * An enumeration without options of its own (a deal stage, whose values live in the pipelines)
     * is not restricted here: an empty list would refuse every value.
     */
    static FieldSchema field(JsonNode property) {
        String type = property.path("type").asString();
        boolean readOnly =
                property.path("modificationMetadata").path("readOnlyValue").asBoolean(false)
                        || property.path("calculated").asBoolean(false);
        List<String> options =
                property.path("options")
                        .valueStream()
                        .map(o -> o.path("value").asString())
                        .toList();
        return new FieldSchema(
                property.path("name").asString(),
                property.path("label").asString(null),
                type,
                0,
                false,
                !readOnly,
                property.path("hasUniqueValue").asBoolean(false),
                options,
                "enumeration".equals(type)
                        && !options.isEmpty()
                        && !property.path("externalOptions").asBoolean(false),
                List.of());
    }
}
