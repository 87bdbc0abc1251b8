package io.crmsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HubSpotJsonShapeTest {

    private static List<String> diff(String expected, String actual) {
        return JsonShape.differences(
                Json.MAPPER.readValue(expected, Object.class),
                Json.MAPPER.readValue(actual, Object.class),
                Set.of("properties"));
    }

    @Test
    void sameShapeWithOtherValuesAndExtraFieldsMatches() {
        assertThat(
                        diff(
                                "{\"id\":\"1\",\"archived\":false,\"n\":1}",
                                "{\"id\":\"2\",\"archived\":true,\"n\":2.5,\"url\":\"x\"}"))
                .isEmpty();
    }

    @Test
    void aMissingFieldOrAnotherTypeIsReportedWithItsPath() {
        assertThat(diff("{\"a\":{\"b\":\"x\",\"c\":1}}", "{\"a\":{\"c\":\"1\"}}"))
                .containsExactlyInAnyOrder(
                        "$.a.b: missing", "$.a.c: expected number but was string");
    }

    @Test
    void arraysCompareTheirFirstElementsAndNullMatchesAnything() {
        assertThat(diff("{\"r\":[{\"id\":\"1\",\"d\":null}]}", "{\"r\":[{\"id\":\"2\",\"d\":{}}]}"))
                .isEmpty();
        assertThat(diff("{\"r\":[{\"id\":\"1\"}]}", "{\"r\":[{\"id\":2}]}"))
                .containsExactly("$.r[0].id: expected string but was number");
    }

    @Test
    void freeFormObjectsOnlyCheckThatValuesAreStrings() {
        assertThat(
                        diff(
                                "{\"properties\":{\"email\":\"a\"}}",
                                "{\"properties\":{\"name\":\"b\",\"x\":null}}"))
                .isEmpty();
        assertThat(diff("{\"properties\":{}}", "{\"properties\":{\"n\":1}}"))
                .containsExactly("$.properties.n: expected string or null but was number");
    }

    @Test
    void typesAreNamedAsJsonNamesThem() {
        assertThat(
                        List.of(
                                JsonShape.type(Map.of()),
                                JsonShape.type(List.of()),
                                JsonShape.type(1),
                                JsonShape.type(true),
                                JsonShape.type("s"),
                                JsonShape.type(null)))
                .containsExactly("object", "array", "number", "boolean", "string", "null");
    }
}
