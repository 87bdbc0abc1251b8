package io.crmsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SalesforceJsonShapeTest {

    private static java.util.List<String> diff(String expected, String actual) {
        return JsonShape.differences(SfHttp.JSON.readTree(expected), SfHttp.JSON.readTree(actual));
    }

    @Test
    void sameNamesAndTypesWithOtherValuesAgree() {
        assertThat(
                        diff(
                                "{\"id\":\"001A\",\"success\":true,\"errors\":[],\"n\":1}",
                                "{\"id\":\"001B\",\"success\":false,\"errors\":[{\"x\":1}],\"n\":2.5}"))
                .isEmpty();
    }

    @Test
    void missingAndUnexpectedFieldsAreReportedWithTheirPath() {
        assertThat(diff("{\"a\":{\"b\":1,\"c\":2}}", "{\"a\":{\"b\":1,\"d\":2}}"))
                .containsExactly("$.a.c: missing", "$.a.d: unexpected");
    }

    @Test
    void typeChangesAreReportedAndNullMatchesAnyType() {
        assertThat(diff("{\"a\":\"x\",\"b\":null}", "{\"a\":1,\"b\":{\"c\":1}}"))
                .containsExactly("$.a: expected string but was number");
        assertThat(diff("[{\"a\":1}]", "{\"a\":1}"))
                .containsExactly("$: expected array but was object");
    }

    @Test
    void everyActualElementIsComparedWithTheFirstExpectedOne() {
        assertThat(diff("[{\"a\":1}]", "[{\"a\":2},{\"b\":3}]"))
                .containsExactly("$[1].a: missing", "$[1].b: unexpected");
    }

    @Test
    void elementsAreMatchedByNameAndAnEmptyExpectedObjectMatchesAnything() {
        assertThat(
                        diff(
                                "[{\"name\":\"A\",\"x\":1},{\"name\":\"B\",\"y\":\"s\"}]",
                                "[{\"name\":\"B\",\"y\":\"t\"}]"))
                .isEmpty();
        assertThat(diff("{\"urls\":{}}", "{\"urls\":{\"a\":1}}")).isEmpty();
    }
}
