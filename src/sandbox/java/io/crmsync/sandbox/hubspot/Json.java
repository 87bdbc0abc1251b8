package io.crmsync.sandbox.hubspot;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** JSON helpers: HubSpot's content type, and the mapper for the sandbox's stored documents. */
final class Json {

    static final String CONTENT_TYPE = "application/json;charset=utf-8";
    static final MediaType MEDIA_TYPE = MediaType.parseMediaType(CONTENT_TYPE);
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    static <T> ResponseEntity<T> response(int status, T body) {
        return ResponseEntity.status(status).contentType(MEDIA_TYPE).body(body);
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static Map<String, Object> readMap(String json) {
        return MAPPER.readValue(json, new TypeReference<Map<String, Object>>() {});
    }

    static Map<String, String> readStrings(String json) {
        return MAPPER.readValue(json, new TypeReference<Map<String, String>>() {});
    }
}
