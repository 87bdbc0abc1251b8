package io.crmsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HubSpotSearchIT {

    private final HubSpotHttp api = HubSpotHttp.unlimited();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void createCompanies() {
        List<Object> inputs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            inputs.add(
                    Map.of(
                            "properties",
                            Map.of(
                                    "name",
                                    "Search " + run + " " + i,
                                    "domain",
                                    run + i + ".example.com",
                                    "numberofemployees",
                                    String.valueOf(i * 10),
                                    "industry",
                                    i % 2 == 0 ? "RETAIL" : "COMPUTER_SOFTWARE")));
        }
        api.post("/crm/v3/objects/companies/batch/create", Map.of("inputs", inputs));
    }

    private Map<String, Object> filter(String property, String operator, Object value) {
        return Map.of("propertyName", property, "operator", operator, "value", value);
    }

    @Test
    void filterGroupsAreOrsOfAndsWithTotalSortAndPaging() {
        Map<String, Object> body =
                Map.of(
                        "filterGroups",
                                List.of(
                                        Map.of(
                                                "filters",
                                                List.of(
                                                        filter("name", "CONTAINS_TOKEN", run),
                                                        filter("numberofemployees", "GTE", "80"))),
                                        Map.of(
                                                "filters",
                                                List.of(
                                                        filter(
                                                                "domain",
                                                                "EQ",
                                                                run + "0.example.com")))),
                        "sorts",
                                List.of(
                                        Map.of(
                                                "propertyName",
                                                "numberofemployees",
                                                "direction",
                                                "DESCENDING")),
                        "properties", List.of("name", "numberofemployees"),
                        "limit", 2);

        var first = api.post("/crm/v3/objects/companies/search", body);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json()).containsEntry("total", 5);
        assertThat(first.results().getFirst().get("properties").toString())
                .contains("numberofemployees=110");
        assertThat(first.header("X-HubSpot-RateLimit-Max")).isNull();
        var next = (Map<?, ?>) ((Map<?, ?>) first.json().get("paging")).get("next");
        assertThat(next.get("after")).isEqualTo("2");
    }

    @Test
    void inBetweenHasPropertyAndQueryWork() {
        var in =
                api.post(
                        "/crm/v3/objects/companies/search",
                        Map.of(
                                "query",
                                "search",
                                "filterGroups",
                                List.of(
                                        Map.of(
                                                "filters",
                                                List.of(
                                                        filter("name", "CONTAINS_TOKEN", run),
                                                        Map.of(
                                                                "propertyName",
                                                                "industry",
                                                                "operator",
                                                                "IN",
                                                                "values",
                                                                List.of("RETAIL")),
                                                        Map.of(
                                                                "propertyName",
                                                                "numberofemployees",
                                                                "operator",
                                                                "BETWEEN",
                                                                "value",
                                                                "20",
                                                                "highValue",
                                                                "60"),
                                                        Map.of(
                                                                "propertyName",
                                                                "domain",
                                                                "operator",
                                                                "HAS_PROPERTY")))),
                                "limit",
                                100));

        assertThat(in.json()).containsEntry("total", 3);
    }

    @Test
    void pagingBeyondTenThousandIsRejectedAndLimitIsCapped() {
        assertThat(
                        api.post(
                                        "/crm/v3/objects/companies/search",
                                        Map.of("after", "9950", "limit", 100))
                                .status())
                .isEqualTo(400);
        assertThat(api.post("/crm/v3/objects/companies/search", Map.of("limit", 201)).status())
                .isEqualTo(400);
    }

    @Test
    void newRecordsBecomeSearchableOnlyAfterTheVisibilityDelay() {
        HubSpotSandbox sandbox = HubSpotHttp.sandbox();
        sandbox.setSearchVisibilityDelay(Duration.ofSeconds(5));
        try {
            api.post(
                    "/crm/v3/objects/companies",
                    Map.of("properties", Map.of("name", "Late " + run)));
            Map<String, Object> body =
                    Map.of(
                            "filterGroups",
                            List.of(
                                    Map.of(
                                            "filters",
                                            List.of(filter("name", "EQ", "Late " + run)))));

            assertThat(api.post("/crm/v3/objects/companies/search", body).json())
                    .containsEntry("total", 0);
            sandbox.advanceClock(Duration.ofSeconds(5));
            assertThat(api.post("/crm/v3/objects/companies/search", body).json())
                    .containsEntry("total", 1);
        } finally {
            sandbox.setSearchVisibilityDelay(Duration.ZERO);
        }
    }
}
