package io.crmsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.sandbox.SandboxServer;
import io.crmsync.testsupport.EmbeddedMariaDb;
import io.crmsync.testsupport.Fixtures;
import io.crmsync.testsupport.SandboxTestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Replays every recorded HubSpot response in the shared fixtures that maps to an endpoint the
 * sandbox serves, against a sandbox of its own, and compares status, the headers that matter and
 * the JSON shape. Recordings of endpoints outside the sandbox are skipped and listed in the log.
 */
class HubSpotFixtureFidelityIT {

    private static final Logger log = LoggerFactory.getLogger(HubSpotFixtureFidelityIT.class);
    private static Path fixtures;
    private static ConfigurableApplicationContext context;
    private static FixtureReplayer replayer;

    @BeforeAll
    static void startSandbox() {
        fixtures = Fixtures.folder("hubspot");
        SandboxTestServer.baseUrl();
        EmbeddedMariaDb.createDatabase("crmsync_hs_fixtures");
        String url = EmbeddedMariaDb.jdbcUrl("crmsync_hs_fixtures");
        context =
                SandboxServer.start(
                        "--server.port=0",
                        "--CRMSYNC_DB_URL=" + url,
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=root",
                        "--spring.datasource.password=",
                        "--crmsync.sandbox.seed-demo-data=false",
                        "--crmsync.sandbox.hubspot.search-visibility-delay=0s");
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        String token =
                context.getBean(HubSpotSandbox.class).issuePrivateAppToken(RateLimits.UNLIMITED);
        replayer =
                new FixtureReplayer(
                        new HubSpotHttp("http://localhost:" + port + "/sandbox/hubspot", token));
        replayer.createRecords();
    }

    @AfterAll
    static void stopSandbox() {
        if (context != null) {
            context.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> recordedResponsesHaveTheSandboxesShape() throws Exception {
        List<Recording> recordings = Recording.load(fixtures);
        List<DynamicTest> tests = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Recording recording : recordings) {
            String reason = replayer.outOfScope(recording);
            if (reason != null) {
                skipped.add(recording.name() + " (" + reason + ")");
                continue;
            }
            tests.add(DynamicTest.dynamicTest(recording.name(), () -> check(recording)));
        }
        log.info(
                "HubSpot fixtures: {} replayed, {} out of scope and skipped: {}",
                tests.size(),
                skipped.size(),
                skipped);
        assertThat(tests).hasSizeGreaterThan(40);
        return tests.stream();
    }

    private static void check(Recording recording) {
        HubSpotHttp.Response response = replayer.replay(recording);
        int expected = recording.status() == null ? 200 : recording.status();
        if (expected == 200 && replayer.isCreate(recording)) {
            // Recorded through a proxy that answers 200; HubSpot itself answers 201 to a create.
            expected = 201;
        }
        if (recording.status() == null && response.status() == 204) {
            expected = 204;
        }
        assertThat(response.status())
                .as(recording.name() + ": " + response.text())
                .isEqualTo(expected);
        if (expected == 204) {
            return;
        }
        assertThat(response.header("Content-Type")).isEqualTo("application/json;charset=utf-8");
        assertThat(response.header("X-HubSpot-Correlation-Id")).isNotBlank();
        if (recording.headers().keySet().stream()
                .anyMatch(h -> h.startsWith("x-hubspot-ratelimit"))) {
            for (String header :
                    List.of(
                            "Max",
                            "Remaining",
                            "Interval-Milliseconds",
                            "Secondly",
                            "Secondly-Remaining")) {
                assertThat(response.header("X-HubSpot-RateLimit-" + header)).as(header).isNotNull();
            }
        }
        Object actual = Json.MAPPER.readValue(response.text(), Object.class);
        assertThat(JsonShape.differences(recording.response(), actual, Set.of("properties")))
                .as(recording.name())
                .isEmpty();
    }

    /** One recorded exchange: what was asked and what HubSpot answered. */
    record Recording(
            String name,
            String method,
            String path,
            Map<String, Object> params,
            Object body,
            Integer status,
            Map<String, Object> headers,
            Object response) {

        @SuppressWarnings("unchecked")
        static List<Recording> load(Path hubspot) throws Exception {
            List<Recording> all = new ArrayList<>();
            try (Stream<Path> files = Files.walk(hubspot)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    String rel = hubspot.relativize(file).toString().replace('\\', '/');
                    String text = Files.readString(file);
                    Object parsed =
                            text.isBlank() ? null : Json.MAPPER.readValue(text, Object.class);
                    if (rel.contains("/tests/")
                            && parsed instanceof Map<?, ?> test
                            && test.get("api") instanceof Map<?, ?> api) {
                        api.forEach(
                                (method, paths) ->
                                        ((Map<String, Map<String, Object>>) paths)
                                                .forEach(
                                                        (path, ex) -> {
                                                            Map<String, Object> request =
                                                                    (Map<String, Object>)
                                                                            ex.getOrDefault(
                                                                                    "request",
                                                                                    Map.of());
                                                            all.add(
                                                                    new Recording(
                                                                            file.getFileName()
                                                                                    .toString(),
                                                                            method.toString()
                                                                                    .toUpperCase(),
                                                                            path,
                                                                            (Map<String, Object>)
                                                                                    request
                                                                                            .getOrDefault(
                                                                                                    "params",
                                                                                                    Map
                                                                                                            .of()),
                                                                            request.get("data"),
                                                                            ((Number)
                                                                                            ex.get(
                                                                                                    "status"))
                                                                                    .intValue(),
                                                                            (Map<String, Object>)
                                                                                    ex.getOrDefault(
                                                                                            "headers",
                                                                                            Map
                                                                                                    .of()),
                                                                            ex.get("response")));
                                                        }));
                    } else if (rel.contains("/mocks/nango/")) {
                        String after =
                                rel.substring(
                                        rel.indexOf("/mocks/nango/") + "/mocks/nango/".length());
                        String method = after.substring(0, after.indexOf('/')).toUpperCase();
                        String path =
                                after.substring(
                                        after.indexOf("/proxy") + "/proxy".length(),
                                        after.lastIndexOf('/'));
                        all.add(
                                new Recording(
                                        "mock " + method + " " + path + " " + file.getFileName(),
                                        method,
                                        path,
                                        Map.of(),
                                        null,
                                        null,
                                        Map.of(),
                                        parsed));
                    }
                }
            }
            return all;
        }
    }
}
