package io.crmsync.connector.salesforce;

import io.crmsync.testsupport.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recorded Salesforce responses, read in place from the folder named by the system property {@code
 * crmsync.fixtures}: WireMock mappings (heroku/sf-functions-python), vcrpy cassettes (CumulusCI)
 * and plain bodies (Nango). Without the folder, tests are skipped, or fail in CI ({@link
 * Fixtures}).
 */
final class SalesforceFixtures {

    record Interaction(String method, String uri, int status, String body) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SalesforceFixtures() {}

    static Path root() {
        return Fixtures.folder("salesforce");
    }

    static String body(String path) throws IOException {
        return Files.readString(root().resolve(path));
    }

    /** A WireMock mapping's response: status and body (a string or inline JSON). */
    static Interaction wiremock(String name) throws IOException {
        JsonNode mapping =
                JSON.readTree(body("heroku-sf-functions-python/tests/wiremock/mappings/" + name));
        JsonNode response = mapping.path("response");
        String body =
                response.has("jsonBody")
                        ? JSON.writeValueAsString(response.get("jsonBody"))
                        : response.path("body").asString("");
        return new Interaction(
                mapping.path("request").path("method").asString(),
                mapping.path("request").path("urlPath").asString(),
                response.path("status").asInt(),
                body);
    }

    /** Every interaction of a vcrpy cassette, in recorded order. */
    @SuppressWarnings("unchecked")
    static List<Interaction> cassette(String path) throws IOException {
        Object document;
        try (InputStream in = Files.newInputStream(root().resolve(path))) {
            document = new Yaml(new LoaderOptions()).load(in);
        }
        Map<String, Object> top = (Map<String, Object>) document;
        List<Map<String, Object>> raw =
                top.containsKey("interactions")
                        ? (List<Map<String, Object>>) top.get("interactions")
                        : List.of(top);
        List<Interaction> out = new ArrayList<>();
        for (Map<String, Object> interaction : raw) {
            if (!interaction.containsKey("response")) {
                continue; // an include_file of a shared cassette
            }
            var request = (Map<String, Object>) interaction.get("request");
            var response = (Map<String, Object>) interaction.get("response");
            var status = (Map<String, Object>) response.get("status");
            var body = (Map<String, Object>) response.get("body");
            out.add(
                    new Interaction(
                            String.valueOf(request.get("method")),
                            String.valueOf(request.get("uri")),
                            ((Number) status.get("code")).intValue(),
                            body == null ? "" : String.valueOf(body.get("string"))));
        }
        return out;
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
