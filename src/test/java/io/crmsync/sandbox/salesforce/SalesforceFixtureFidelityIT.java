package io.crmsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Replays the equivalent of every recorded Salesforce response that maps to an endpoint the sandbox
 * serves, and compares status, the headers that matter, and the JSON shape (names and types).
 * Records the recordings name are replaced by fresh ones; custom objects by {@code Project__c}.
 */
class SalesforceFixtureFidelityIT {

    private static final Logger log = LoggerFactory.getLogger(SalesforceFixtureFidelityIT.class);

    /**
     * Keys that describe gained in API versions newer than some recordings; the sandbox serves the
     * newer shape.
     */
    private static final List<String> VERSION_DEPENDENT =
            List.of(
                    "$.associateEntityType: unexpected",
                    "$.associateParentEntity: unexpected",
                    "$.sobjectDescribeOption: unexpected");

    private final SfHttp sf = new SfHttp();
    private final FixtureReplays replays = new FixtureReplays(sf);

    @TestFactory
    Stream<DynamicTest> everyRecordedResponseHasTheShapeOfTheSandboxReply() {
        Path root = io.crmsync.testsupport.Fixtures.folder("salesforce");
        List<FixtureReplays.Case> cases = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        replays.collect(root, cases, skipped);
        log.info(
                "Fixture fidelity: {} recorded responses replayed; skipped as out of scope: {}",
                cases.size(),
                skipped);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private void check(FixtureReplays.Case fixture) {
        Fixtures.Recorded expected = fixture.expected();
        Supplier<SfHttp.Response> replay = fixture.replay();
        SfHttp.Response actual = replay.get();
        String name = fixture.name();
        if (fixture.skipOnInvalidField()
                && actual.status() == 400
                && actual.body().contains("\"INVALID_")) {
            log.warn(
                    "Fixture fidelity: skipped {}: the sandbox does not model {}",
                    name,
                    actual.body());
            Assumptions.abort(name + " queries what the sandbox does not model: " + actual.body());
        }
        assertThat(actual.status())
                .as(name + " status; body " + actual.body())
                .isEqualTo(expected.status());
        String contentType = expected.headers().get("content-type");
        if (contentType != null && expected.body() != null) {
            assertThat(actual.header("Content-Type").replace(" ", ""))
                    .as(name + " Content-Type")
                    .isEqualToIgnoringCase(contentType.replace(" ", ""));
        }
        if (expected.headers().containsKey("sforce-limit-info")) {
            assertThat(actual.header("Sforce-Limit-Info"))
                    .as(name + " Sforce-Limit-Info")
                    .matches("api-usage=\\d+/\\d+");
        }
        if (expected.headers().containsKey("location")) {
            assertThat(actual.header("Location")).as(name + " Location").isNotNull();
        }
        if (expected.status() == 204) {
            assertThat(actual.body()).as(name + " body").isEmpty();
        }
        if (expected.body() == null) {
            return;
        }
        JsonNode body = actual.json();
        // A record read returns every field of the recorded org; each org has custom fields of its
        // own.
        boolean recordRead =
                fixture.name().contains(" GET ")
                        && fixture.name().contains("/sobjects/")
                        && !fixture.name().endsWith("/");
        List<String> differences =
                JsonShape.differences(expected.body(), body).stream()
                        .filter(d -> !VERSION_DEPENDENT.contains(d))
                        .filter(d -> !(recordRead && d.matches("\\$\\.\\w+: missing")))
                        .filter(d -> !(recordRead && d.matches("\\$\\.\\w+__c: unexpected")))
                        .toList();
        assertThat(differences).as(name + " shape; actual " + actual.body()).isEmpty();
        if (!expected.body().path("records").isEmpty()) {
            assertThat(body.path("records").isEmpty())
                    .as(name + " returns records to compare")
                    .isFalse();
        }
        assertThat(successes(body))
                .as(name + " success per record")
                .isEqualTo(successes(expected.body()));
        for (String code : List.of("errorCode", "statusCode")) {
            String expectedCode = firstCode(expected.body(), code);
            if (expectedCode != null) {
                assertThat(firstCode(body, code)).as(name + " " + code).isEqualTo(expectedCode);
            }
        }
    }

    /** The {@code success} flags of a write result or a collection of them. */
    private static List<Boolean> successes(JsonNode body) {
        List<Boolean> flags = new ArrayList<>();
        for (JsonNode result : body.isArray() ? body : List.of(body)) {
            if (result.isObject() && result.has("success")) {
                flags.add(result.get("success").asBoolean());
            }
        }
        return flags;
    }

    private static String firstCode(JsonNode body, String key) {
        JsonNode first = body.isArray() && !body.isEmpty() ? body.get(0) : body;
        if (first.has("errors")
                && first.get("errors").isArray()
                && !first.get("errors").isEmpty()) {
            first = first.get("errors").get(0);
        }
        return first.has(key) ? first.get(key).asString() : null;
    }
}
