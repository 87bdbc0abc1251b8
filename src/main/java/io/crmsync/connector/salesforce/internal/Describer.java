package io.crmsync.connector.salesforce.internal;

import io.crmsync.spi.FieldSchema;
import io.crmsync.spi.ObjectSchema;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Object describes, cached for a time to live. The cache is a TTL rather than {@code
 * If-Modified-Since} revalidation: a revalidation still costs one API call per describe, while
 * schema changes are rare and are also caught by {@link #invalidate()}, which the connector calls
 * when Salesforce answers INVALID_FIELD (a field the cached describe had is gone or renamed).
 */
final class Describer {

    private record Entry(ObjectSchema schema, Instant at) {}

    private final SalesforceHttp http;
    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    Describer(SalesforceHttp http, Clock clock, Duration ttl) {
        this.http = http;
        this.clock = clock;
        this.ttl = ttl;
    }

    ObjectSchema describe(String objectType) {
        Entry entry = cache.get(objectType);
        Instant now = clock.instant();
        if (entry != null && entry.at().plus(ttl).isAfter(now)) {
            return entry.schema();
        }
        JsonNode body =
                http.execute(
                        SfCall.read(
                                "/sobjects/" + Soql.name(objectType) + "/describe",
                                objectType,
                                "describe"));
        ObjectSchema schema = schema(body);
        cache.put(objectType, new Entry(schema, now));
        return schema;
    }

    void invalidate() {
        cache.clear();
    }

    static ObjectSchema schema(JsonNode body) {
        List<FieldSchema> fields = new ArrayList<>();
        body.path("fields").forEach(field -> fields.add(field(field)));
        return new ObjectSchema(
                body.path("name").asString(), body.path("label").asString(), fields);
    }

    static FieldSchema field(JsonNode field) {
        List<String> picklist = new ArrayList<>();
        field.path("picklistValues")
                .forEach(
                        value -> {
                            if (value.path("active").asBoolean(true)) {
                                picklist.add(value.path("value").asString());
                            }
                        });
        boolean createable = field.path("createable").asBoolean(false);
        boolean required =
                createable
                        && !field.path("nillable").asBoolean(true)
                        && !field.path("defaultedOnCreate").asBoolean(false);
        return new FieldSchema(
                field.path("name").asString(),
                field.path("label").asString(),
                field.path("type").asString(),
                field.path("length").asInt(0),
                required,
                field.path("updateable").asBoolean(false),
                field.path("externalId").asBoolean(false),
                picklist,
                field.path("restrictedPicklist").asBoolean(false),
                Json.strings(field.path("referenceTo")));
    }
}
