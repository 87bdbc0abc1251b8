package io.crmsync.sandbox.salesforce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** Maps each recorded response to the equivalent request against the sandbox. */
final class FixtureReplays {

    record Case(
            String name,
            Fixtures.Recorded expected,
            Supplier<SfHttp.Response> replay,
            boolean skipOnInvalidField) {

        Case(String name, Fixtures.Recorded expected, Supplier<SfHttp.Response> replay) {
            this(name, expected, replay, false);
        }
    }

    private static final List<String> OUT_OF_SCOPE =
            List.of(
                    "composite/graph",
                    "quickActions",
                    "/recent",
                    "parameterizedSearch",
                    "/search",
                    "oauth2/userinfo",
                    "ContentVersion",
                    "Knowledge__kav",
                    "tooling");
    private static final Pattern RECORD_PATH =
            Pattern.compile("/sobjects/(\\w+)/(Id/)?([a-zA-Z0-9]{18})");

    private final SfHttp sf;
    private final String v = SfHttp.VERSION;
    private final CassetteReplays cassettes;

    FixtureReplays(SfHttp sf) {
        this.sf = sf;
        this.cassettes = new CassetteReplays(sf, this);
    }

    void collect(Path root, List<Case> cases, List<String> skipped) {
        heroku(root.resolve("heroku-sf-functions-python/tests/wiremock/mappings"), cases, skipped);
        nango(
                root.resolve("nango-integration-templates/integrations/salesforce/tests"),
                cases,
                skipped);
        nangoMocks(
                root.resolve("nango-integration-templates/integrations/salesforce/mocks"),
                cases,
                skipped);
        cumulusci(root.resolve("cumulusci"), cases, skipped);
    }

    private void heroku(Path dir, List<Case> cases, List<String> skipped) {
        Map<String, Supplier<SfHttp.Response>> replays = new java.util.LinkedHashMap<>();
        replays.put(
                "create.json",
                () ->
                        sf.call(
                                "POST",
                                v + "/sobjects/Project__c",
                                Map.of("Name", "The Empire Strikes Back", "Status__c", "Active")));
        replays.put(
                "create-invalid-field.json",
                () -> sf.call("POST", v + "/sobjects/Account", Map.of("FavoritePet__c", "Dog")));
        replays.put(
                "create-invalid-picklist-value.json",
                () ->
                        sf.call(
                                "POST",
                                v + "/sobjects/Project__c",
                                Map.of("Name", "The Last Jedi", "Status__c", "Terrible")));
        replays.put(
                "create-required-field-missing.json",
                () -> sf.call("POST", v + "/sobjects/Project__c", Map.of("Budget__c", 9)));
        replays.put(
                "create-unknown-object.json",
                () ->
                        sf.call(
                                "POST",
                                v + "/sobjects/PlayingCard__c",
                                Map.of("Name", "Ace of Spades")));
        replays.put(
                "delete.json",
                () -> sf.call("DELETE", v + "/sobjects/Account/" + fresh("Account"), null));
        replays.put(
                "delete-already-deleted.json",
                () -> {
                    String id = fresh("Account");
                    sf.call("DELETE", v + "/sobjects/Account/" + id, null);
                    return sf.call("DELETE", v + "/sobjects/Account/" + id, null);
                });
        replays.put(
                "query.json",
                () -> {
                    fresh("Account");
                    return sf.query("SELECT Name FROM Account");
                });
        replays.put(
                "query-with-associated-data.json",
                () -> {
                    fresh("Account");
                    return sf.query("SELECT Name, Owner.Name from Account LIMIT 1");
                });
        replays.put(
                "query-with-subquery.json",
                () -> {
                    String account = fresh("Account");
                    sf.call(
                            "POST",
                            v + "/sobjects/Contact",
                            Map.of("LastName", "Child", "AccountId", account));
                    return sf.query(
                            "SELECT Account.Name, (SELECT Contact.FirstName, Contact.LastName FROM"
                                    + " Account.Contacts) FROM Account WHERE Id = '"
                                    + account
                                    + "'");
                });
        replays.put("query-malformed-soql.json", () -> sf.query("SELEKT Name FROM Account"));
        replays.put(
                "query-unknown-column.json",
                () -> sf.query("SELECT Bacon__c FROM Account LIMIT 2"));
        replays.put(
                "update.json",
                () ->
                        sf.call(
                                "PATCH",
                                v + "/sobjects/Project__c/" + fresh("Project__c"),
                                Map.of("Start_Date__c", "1980-05-21")));
        replays.put(
                "update-invalid-field.json",
                () ->
                        sf.call(
                                "PATCH",
                                v + "/sobjects/Project__c/" + fresh("Project__c"),
                                Map.of("Color__c", "Red")));
        replays.put(
                "update-malformed-id.json",
                () ->
                        sf.call(
                                "PATCH",
                                v + "/sobjects/Project__c/a0X5g0000000001AAB",
                                Map.of("Start_Date__c", "1980-05-21")));
        for (Path file : list(dir, ".json")) {
            String name = file.getFileName().toString();
            Supplier<SfHttp.Response> replay = replays.get(name);
            if (replay == null) {
                skipped.add("heroku/" + name);
            } else {
                cases.add(new Case("heroku/" + name, Fixtures.wireMock(file), replay));
            }
        }
    }

    private void nango(Path dir, List<Case> cases, List<String> skipped) {
        for (Path file : list(dir, ".json")) {
            JsonNode api = SfHttp.JSON.readTree(Fixtures.read(file)).get("api");
            String fileName = file.getFileName().toString();
            if (api == null) {
                continue;
            }
            api.properties()
                    .forEach(
                            method ->
                                    method.getValue()
                                            .properties()
                                            .forEach(
                                                    entry -> {
                                                        JsonNode recorded =
                                                                entry.getValue().isArray()
                                                                        ? entry.getValue().get(0)
                                                                        : entry.getValue();
                                                        String name =
                                                                "nango/"
                                                                        + fileName
                                                                        + " "
                                                                        + method.getKey()
                                                                                .toUpperCase()
                                                                        + " "
                                                                        + entry.getKey();
                                                        String path = entry.getKey();
                                                        if (OUT_OF_SCOPE.stream()
                                                                .anyMatch(path::contains)) {
                                                            skipped.add(name);
                                                            return;
                                                        }
                                                        cases.add(
                                                                new Case(
                                                                        name,
                                                                        Fixtures.nango(recorded),
                                                                        () ->
                                                                                nangoReplay(
                                                                                        method.getKey()
                                                                                                .toUpperCase(),
                                                                                        path,
                                                                                        recorded),
                                                                        path.endsWith("/query")
                                                                                || path.endsWith(
                                                                                        "/queryAll")));
                                                    }));
        }
    }

    private SfHttp.Response nangoReplay(String method, String path, JsonNode recorded) {
        JsonNode request = recorded.get("request");
        JsonNode params = request == null ? null : request.get("params");
        if (path.matches(".*/query/[^/]+")) {
            return queryMore();
        }
        Matcher record = RECORD_PATH.matcher(path);
        if (record.find()) {
            String type = record.group(1);
            path = path.replace(record.group(3), type.equals("User") ? user() : fresh(type));
        }
        StringBuilder query = new StringBuilder();
        if (params != null) {
            for (var param : params.properties()) {
                String value = param.getValue().asString();
                if (param.getKey().equals("ids")) {
                    value = fresh("Account") + "," + fresh("Account");
                }
                if (param.getKey().equals("q")) {
                    ensureOne(value);
                }
                query.append(query.isEmpty() ? "?" : "&")
                        .append(param.getKey())
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        JsonNode data = request == null ? null : request.get("data");
        String target = path.replaceFirst("^/services/data/v\\d+\\.0", v) + query;
        if (path.equals("/services/data")) {
            target = path;
        }
        return sf.call(method, target, data == null ? null : data.toString());
    }

    private SfHttp.Response queryMore() {
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            records.add(Map.of("attributes", Map.of("type", "Account"), "Name", "Page " + i));
        }
        sf.call("POST", v + "/composite/sobjects", Map.of("records", records));
        sf.call("POST", v + "/composite/sobjects", Map.of("records", records.subList(0, 1)));
        var first =
                sf.query("SELECT Id, Name FROM Account", "Sforce-Query-Options", "batchSize=200");
        return sf.get(first.json().get("nextRecordsUrl").asString());
    }

    private void nangoMocks(Path dir, List<Case> cases, List<String> skipped) {
        for (Path file : list(dir, ".json")) {
            String relative = dir.relativize(file).toString();
            String name = "nango-mock/" + relative;
            Fixtures.Recorded body =
                    new Fixtures.Recorded(200, Map.of(), Fixtures.json(Fixtures.read(file)));
            Matcher create =
                    Pattern.compile("post/proxy/services/data/v[\\d.]+/sobjects/(\\w+)/")
                            .matcher(relative);
            Matcher write =
                    Pattern.compile(
                                    "(patch|delete)/proxy/services/data/v[\\d.]+/sobjects/"
                                            + "(\\w+)/\\w{18}/")
                            .matcher(relative);
            if (write.find()) {
                String method = write.group(1).toUpperCase();
                String type = write.group(2);
                cases.add(
                        new Case(
                                name,
                                new Fixtures.Recorded(204, Map.of(), null),
                                () ->
                                        sf.call(
                                                method,
                                                v + "/sobjects/" + type + "/" + fresh(type),
                                                method.equals("PATCH")
                                                        ? Map.of("Description", "Updated")
                                                        : null)));
            } else if (relative.matches(
                            "nango/get/proxy/services/data/v[\\d.]+/query(/\\w+)?\\.json")
                    && RecordedQueries.type(body.body()) != null
                    && OUT_OF_SCOPE.stream()
                            .noneMatch(RecordedQueries.type(body.body())::contains)) {
                cases.add(new Case(name, body, () -> recordedQuery(body.body()), true));
            } else if (relative.contains("sobjects/Task/describe")) {
                cases.add(new Case(name, body, () -> sf.get(v + "/sobjects/Task/describe")));
            } else if (create.find()) {
                cases.add(
                        new Case(
                                name,
                                new Fixtures.Recorded(201, Map.of(), body.body()),
                                () ->
                                        sf.call(
                                                "POST",
                                                v + "/sobjects/" + create.group(1),
                                                minimal(create.group(1)))));
            } else {
                skipped.add(name);
            }
        }
    }

    /** Creates a record, with the parents the recording fills in, then runs the query. */
    private SfHttp.Response recordedQuery(JsonNode recorded) {
        String type = RecordedQueries.type(recorded);
        Map<String, Object> fields = new java.util.LinkedHashMap<>(minimal(type));
        RecordedQueries.parents(recorded)
                .forEach(
                        (relationship, parent) -> {
                            // Owners are users; polymorphic owners are recorded as type Name.
                            if (List.of("Account", "Contact", "Opportunity").contains(parent)) {
                                fields.put(relationship + "Id", fresh(parent));
                            }
                        });
        var created = sf.call("POST", v + "/sobjects/" + type, fields);
        if (created.status() != 201) {
            return created;
        }
        return sf.query(RecordedQueries.soql(recorded));
    }

    private void cumulusci(Path dir, List<Case> cases, List<String> skipped) {
        for (Path file : list(dir, ".yaml")) {
            String fileName = file.getFileName().toString();
            Matcher describe =
                    Pattern.compile("GET_sobjects_(\\w+)_describe\\.yaml").matcher(fileName);
            String name = "cumulusci/" + fileName;
            if (fileName.equals("GET_sobjects_Global_describe.yaml")) {
                cases.add(new Case(name, Fixtures.cassette(file), () -> sf.get(v + "/sobjects")));
            } else if (describe.matches() && !describe.group(1).contains("PersonAccount")) {
                String type =
                        describe.group(1).equals("Custom__c") ? "Project__c" : describe.group(1);
                cases.add(
                        new Case(
                                name,
                                Fixtures.cassette(file),
                                () -> sf.get(v + "/sobjects/" + type + "/describe")));
            } else if (fileName.equals("GET_sobjects_Organization.yaml")) {
                skipped.add(name + " (the sandbox does not model the Organization object)");
            } else if (fileName.startsWith("Test")) {
                cassettes.collect(file, name, cases, skipped);
            } else {
                skipped.add(name);
            }
        }
    }

    private void ensureOne(String soql) {
        Matcher from = Pattern.compile("(?i)FROM\\s+(\\w+)").matcher(soql);
        if (from.find() && !from.group(1).equals("User")) {
            try {
                fresh(from.group(1));
            } catch (AssertionError | RuntimeException ignored) {
                // an object the sandbox does not model; the replay reports it
            }
        }
    }

    private String user() {
        return sf.query("SELECT Id FROM User LIMIT 1")
                .json()
                .get("records")
                .get(0)
                .get("Id")
                .asString();
    }

    String fresh(String type) {
        var created = sf.call("POST", v + "/sobjects/" + type, minimal(type));
        if (created.status() != 201) {
            throw new IllegalStateException(type + ": " + created.body());
        }
        return created.json().get("id").asString();
    }

    static Map<String, Object> minimal(String type) {
        return switch (type) {
            case "Contact" -> Map.of("LastName", "Fixture");
            case "Lead" -> Map.of("LastName", "Fixture", "Company", "Fixture Co");
            case "Opportunity" ->
                    Map.of(
                            "Name",
                            "Fixture",
                            "StageName",
                            "Prospecting",
                            "CloseDate",
                            "2026-12-31");
            case "Case" -> Map.of("Subject", "Fixture");
            default -> Map.of("Name", "Fixture");
        };
    }

    private static List<Path> list(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
