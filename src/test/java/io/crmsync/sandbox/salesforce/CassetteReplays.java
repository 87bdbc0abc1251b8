package io.crmsync.sandbox.salesforce;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Maps the interactions of CumulusCI's multi-interaction cassettes to sandbox requests. */
final class CassetteReplays {

    /** Recorded endpoints and objects the sandbox does not serve, with the reason. */
    private static final Map<String, String> UNSERVED =
            Map.of(
                    "/limits/recordCount", "the sandbox has no record-count limits resource",
                    "/sobjects/Organization/", "the sandbox does not model the Organization object",
                    "/services/async/", "the sandbox has no Bulk API 1.0 jobs",
                    "FROM RecordType", "the sandbox does not model the RecordType object",
                    "TYPEOF ", "the sandbox's SOQL has no TYPEOF",
                    "/composite?", "the sandbox has no composite batch resource",
                    "COUNT(ID)", "the sandbox's SOQL has no aggregate functions");

    private static final Pattern FROM = Pattern.compile("(?i)\\bFROM\\s+(\\w+)\\s*(.*)$");
    private static final Pattern EQUALS = Pattern.compile("(\\w+)\\s*=\\s*'([^']*)'");
    private static final Pattern COLLECTION =
            Pattern.compile("/composite/sobjects(?:/(\\w+)/(\\w+))?/?$");
    private static final Pattern ID = Pattern.compile("[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?");
    private static final Map<String, String> PREFIXES =
            Map.of("001", "Account", "003", "Contact", "006", "Opportunity", "00Q", "Lead");
    private static final Pattern CREATE = Pattern.compile("/sobjects/(\\w+)/?$");

    private final SfHttp sf;
    private final FixtureReplays replays;
    private final String v = SfHttp.VERSION;

    CassetteReplays(SfHttp sf, FixtureReplays replays) {
        this.sf = sf;
        this.replays = replays;
    }

    void collect(Path file, String name, List<FixtureReplays.Case> cases, List<String> skipped) {
        List<Cassettes.Interaction> interactions = Cassettes.interactions(file);
        for (int i = 0; i < interactions.size(); i++) {
            Cassettes.Interaction interaction = interactions.get(i);
            String path = interaction.uri().replaceFirst("^https?://[^/]+", "");
            String soql = soql(path);
            String label = name + " #" + (i + 1) + " " + interaction.method() + " " + shorten(path);
            String target = soql == null ? path + "?" : soql;
            String reason =
                    UNSERVED.entrySet().stream()
                            .filter(e -> target.toUpperCase().contains(e.getKey().toUpperCase()))
                            .map(Map.Entry::getValue)
                            .findFirst()
                            .orElse(null);
            Supplier<SfHttp.Response> replay = reason == null ? replay(interaction, path) : null;
            if (replay == null) {
                skipped.add(label + " (" + (reason == null ? "no replay mapped" : reason) + ")");
            } else {
                cases.add(new FixtureReplays.Case(label, interaction.recorded(), replay, true));
            }
        }
    }

    private Supplier<SfHttp.Response> replay(Cassettes.Interaction interaction, String path) {
        String method = interaction.method();
        String soql = soql(path);
        Matcher collection = COLLECTION.matcher(path.replaceFirst("\\?.*", ""));
        Matcher create = CREATE.matcher(path);
        if (method.equals("GET") && soql != null) {
            return () -> {
                ensure(soql);
                return sf.query(soql);
            };
        }
        if (collection.find() && !method.equals("GET")) {
            String suffix =
                    collection.group(1) == null
                            ? ""
                            : "/" + collection.group(1) + "/" + collection.group(2);
            return () ->
                    sf.call(
                            method,
                            v + "/composite/sobjects" + suffix,
                            freshIds(interaction.body()));
        }
        if (method.equals("POST") && create.find()) {
            return () -> sf.call("POST", v + "/sobjects/" + create.group(1), interaction.body());
        }
        return null;
    }

    /** The request body with each recorded record id replaced by that of a fresh record. */
    private String freshIds(String body) {
        JsonNode request = SfHttp.JSON.readTree(body);
        for (JsonNode record : request.path("records")) {
            for (var field : List.copyOf(record.properties())) {
                String value = field.getValue().isString() ? field.getValue().asString() : "";
                String type =
                        field.getKey().equalsIgnoreCase("Id")
                                ? record.path("attributes").path("type").asString()
                                : PREFIXES.get(value.length() >= 15 ? value.substring(0, 3) : "");
                if (type != null && ID.matcher(value).matches()) {
                    ((ObjectNode) record).put(field.getKey(), replays.fresh(type));
                }
                // The recorded org has stage names of its own; the sandbox has the standard ones.
                if (field.getKey().equals("StageName")) {
                    ((ObjectNode) record).put("StageName", "Prospecting");
                }
            }
        }
        return request.toString();
    }

    /** Creates a record the query selects, from the {@code Field = 'value'} terms it filters on. */
    private void ensure(String soql) {
        Matcher from = FROM.matcher(soql.replaceAll("\\([^()]*\\)", ""));
        if (!from.find() || from.group(1).equalsIgnoreCase("User")) {
            return;
        }
        String type = from.group(1);
        Map<String, Object> fields = new LinkedHashMap<>(FixtureReplays.minimal(type));
        Matcher equals = EQUALS.matcher(from.group(2));
        while (equals.find()) {
            fields.put(equals.group(1), equals.group(2));
        }
        // A field the sandbox does not model fails here; the query then reports it.
        sf.call("POST", v + "/sobjects/" + type, fields);
    }

    private static String soql(String path) {
        Matcher q = Pattern.compile("/query/?\\?q=([^&]*)").matcher(path);
        return q.find() ? URLDecoder.decode(q.group(1), StandardCharsets.UTF_8) : null;
    }

    private static String shorten(String path) {
        String relative = path.replaceFirst("^/services/data/v[\\w.]+", "");
        return relative.length() > 90 ? relative.substring(0, 90) + "…" : relative;
    }
}
