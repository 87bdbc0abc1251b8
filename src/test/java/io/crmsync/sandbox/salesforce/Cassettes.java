package io.crmsync.sandbox.salesforce;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Reads the recorded interactions of a multi-interaction vcrpy cassette (CumulusCI). */
final class Cassettes {

    /** One recorded request and its response; {@code body} is the raw request body or null. */
    record Interaction(String method, String uri, String body, Fixtures.Recorded recorded) {}

    private Cassettes() {}

    /**
     * The interactions recorded in the cassette itself, in order; {@code include_file} entries name
     * shared cassettes, which are replayed on their own.
     */
    @SuppressWarnings("unchecked")
    static List<Interaction> interactions(Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10_000);
        Map<String, Object> cassette = new Yaml(options).load(Fixtures.read(file));
        List<Interaction> interactions = new ArrayList<>();
        for (Object entry : (List<Object>) cassette.getOrDefault("interactions", List.of())) {
            Map<String, Object> interaction = (Map<String, Object>) entry;
            if (!interaction.containsKey("request")) {
                continue;
            }
            Map<String, Object> request = (Map<String, Object>) interaction.get("request");
            Object body = request.get("body");
            interactions.add(
                    new Interaction(
                            request.get("method").toString(),
                            request.get("uri").toString(),
                            body == null ? null : body.toString(),
                            Fixtures.cassetteResponse(
                                    (Map<String, Object>) interaction.get("response"))));
        }
        return interactions;
    }
}
