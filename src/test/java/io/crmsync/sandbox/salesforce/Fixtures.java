package io.crmsync.sandbox.salesforce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

/** Reads recorded Salesforce responses in their three recording formats, in place. */
final class Fixtures {

    /** A recorded response; {@code headers} has lower-case names, {@code body} may be null. */
    record Recorded(int status, Map<String, String> headers, JsonNode body) {}

    private Fixtures() {}

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A WireMock mapping (heroku/sf-functions-python). */
    static Recorded wireMock(Path file) {
        JsonNode response = SfHttp.JSON.readTree(read(file)).get("response");
        Map<String, String> headers = new LinkedHashMap<>();
        if (response.has("headers")) {
            response.get("headers")
                    .properties()
                    .forEach(
                            e ->
                                    headers.put(
                                            e.getKey().toLowerCase(Locale.ROOT),
                                            e.getValue().isString()
                                                    ? e.getValue().asString()
                                                    : e.getValue().toString()));
        }
        String body = response.has("body") ? response.get("body").asString() : "";
        return new Recorded(response.get("status").asInt(), headers, json(body));
    }

    /** One {@code api} entry of a Nango test recording. */
    static Recorded nango(JsonNode entry) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (entry.has("headers")) {
            entry.get("headers")
                    .properties()
                    .forEach(
                            e ->
                                    headers.put(
                                            e.getKey().toLowerCase(Locale.ROOT),
                                            e.getValue().asString()));
        }
        JsonNode body = entry.get("response");
        return new Recorded(
                entry.get("status").asInt(),
                headers,
                body == null || body.isString() ? null : body);
    }

    /** A single-interaction vcrpy cassette (CumulusCI). */
    @SuppressWarnings("unchecked")
    static Recorded cassette(Path file) {
        Map<String, Object> cassette = new Yaml().load(read(file));
        return cassetteResponse((Map<String, Object>) cassette.get("response"));
    }

    /** The {@code response} of one vcrpy interaction. */
    @SuppressWarnings("unchecked")
    static Recorded cassetteResponse(Map<String, Object> response) {
        int status = (Integer) ((Map<String, Object>) response.get("status")).get("code");
        Map<String, String> headers = new LinkedHashMap<>();
        ((Map<String, Object>) response.getOrDefault("headers", Map.of()))
                .forEach(
                        (name, value) -> {
                            if (value instanceof List<?> list
                                    && !list.isEmpty()
                                    && !name.equals("Others")) {
                                headers.put(
                                        name.toLowerCase(Locale.ROOT), list.getFirst().toString());
                            }
                        });
        Object body = ((Map<String, Object>) response.get("body")).get("string");
        return new Recorded(status, headers, json(body == null ? "" : body.toString()));
    }

    static JsonNode json(String body) {
        String trimmed = body.strip();
        return trimmed.startsWith("{") || trimmed.startsWith("[")
                ? SfHttp.JSON.readTree(trimmed)
                : null;
    }
}
