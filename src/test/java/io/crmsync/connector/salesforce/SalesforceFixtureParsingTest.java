package io.crmsync.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.ErrorType;
import io.crmsync.spi.FailureKind;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Recorded responses of real orgs, served to the connector, parse into the SPI's types. */
class SalesforceFixtureParsingTest {

    private static final String NANGO =
            "nango-integration-templates/integrations/salesforce/mocks/nango/get/proxy/"
                    + "services/data/v60.0/";
    private static final String CASSETTES = "cumulusci/cumulusci/";

    private final MockSalesforce org = new MockSalesforce();

    SalesforceFixtureParsingTest() throws java.io.IOException {}

    @AfterEach
    void stop() {
        org.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "query/contacts.json",
                "query/leads.json",
                "query/accounts.json",
                "query/opportunities.json",
                "query/tickets.json"
            })
    void recordedQueryResultsParseIntoRecords(String file) throws Exception {
        String body = SalesforceFixtures.body(NANGO + file);
        assertQueryParses(body);
    }

    @Test
    void theRecordedLimitsBodyGivesTheDailyApiRequests() throws Exception {
        JsonNode recorded =
                SalesforceFixtures.json(
                                SalesforceFixtures.body(
                                        "nango-integration-templates/integrations/salesforce/"
                                                + "tests/get-limits.test.json"))
                        .path("api")
                        .path("get")
                        .path("/services/data/v60.0/limits")
                        .path("response");
        JsonNode daily = recorded.path("DailyApiRequests");
        org.token();
        org.json(200, recorded.toString());

        var limits = org.connector().limits();

        assertThat(limits.dailyLimit()).isEqualTo(daily.path("Max").asLong());
        assertThat(limits.dailyRemaining()).isEqualTo(daily.path("Remaining").asLong());
        assertThat(org.server.takeRequest().getTarget()).endsWith("/token");
        assertThat(org.server.takeRequest().getTarget()).isEqualTo("/services/data/v62.0/limits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"query.json", "query-with-associated-data.json"})
    void recordedWireMockQueryResultsParseIntoRecords(String file) throws Exception {
        assertQueryParses(SalesforceFixtures.wiremock(file).body());
    }

    @Test
    void parentRelationshipFieldsAreReadThroughTheNestedObject() throws Exception {
        String body = SalesforceFixtures.wiremock("query-with-associated-data.json").body();
        JsonNode first = SalesforceFixtures.json(body).path("records").path(0);
        org.token();
        org.json(200, body);

        var records =
                org.connector().readByKey("Account", "Name", List.of("x"), List.of("Owner.Name"));

        assertThat(records.getFirst().fields().get("Owner.Name"))
                .isEqualTo(first.path("Owner").path("Name").asString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Contact", "Account", "Lead", "Opportunity", "Custom__c"})
    void recordedDescribesParseIntoSchemas(String object) throws Exception {
        String body =
                SalesforceFixtures.cassette(
                                CASSETTES
                                        + "tests/shared_cassettes/GET_sobjects_"
                                        + object
                                        + "_describe.yaml")
                        .getFirst()
                        .body();
        JsonNode describe = SalesforceFixtures.json(body);
        org.token();
        org.json(200, body);

        var schema = org.connector().describe(object);

        assertThat(schema.objectType()).isEqualTo(object);
        assertThat(schema.fields()).hasSize(describe.path("fields").size());
        for (JsonNode field : describe.path("fields")) {
            var parsed = schema.field(field.path("name").asString()).orElseThrow();
            assertThat(parsed.length()).isEqualTo(field.path("length").asInt());
            assertThat(parsed.required())
                    .isEqualTo(
                            field.path("createable").asBoolean()
                                    && !field.path("nillable").asBoolean()
                                    && !field.path("defaultedOnCreate").asBoolean());
            assertThat(parsed.referenceTo()).hasSize(field.path("referenceTo").size());
        }
        if (object.equals("Contact")) {
            assertThat(schema.field("LastName").orElseThrow().required()).isTrue();
            assertThat(schema.field("AccountId").orElseThrow().referenceTo()).contains("Account");
        }
    }

    @Test
    void theRecordedTaskDescribeKeepsOnlyActivePicklistValues() throws Exception {
        String body = SalesforceFixtures.body(NANGO + "sobjects/Task/describe/fetch-fields.json");
        JsonNode status = null;
        for (JsonNode field : SalesforceFixtures.json(body).path("fields")) {
            if (field.path("name").asString().equals("Status")) {
                status = field;
            }
        }
        org.token();
        org.json(200, body);

        var parsed = org.connector().describe("Task").field("Status").orElseThrow();

        List<String> active = new ArrayList<>();
        status.path("picklistValues")
                .forEach(
                        v -> {
                            if (v.path("active").asBoolean()) {
                                active.add(v.path("value").asString());
                            }
                        });
        assertThat(parsed.picklistValues()).isEqualTo(active).isNotEmpty();
        assertThat(parsed.type()).isEqualTo("picklist");
    }

    @Test
    void recordedCollectionResultsMapBackToTheirInputsByPosition() throws Exception {
        var interactions =
                SalesforceFixtures.cassette(
                        CASSETTES
                                + "tasks/bulkdata/tests/cassettes/TestUpsert.test_upsert__rest.yaml");
        int checked = 0;
        for (var interaction : interactions) {
            if (!interaction.uri().contains("/composite/sobjects")) {
                continue;
            }
            JsonNode answer = SalesforceFixtures.json(interaction.body());
            boolean upsert = interaction.uri().endsWith("/Contact/Email");
            List<RecordWrite> writes = new ArrayList<>();
            for (int i = 0; i < answer.size(); i++) {
                writes.add(
                        new RecordWrite(
                                "ref" + i,
                                null,
                                upsert ? "Email" : null,
                                Map.of("LastName", "n" + i, "Email", i + "@x.com")));
            }
            org.token();
            org.json(interaction.status(), interaction.body());

            List<WriteResult> results =
                    org.connector()
                            .write(
                                    "Contact",
                                    upsert ? WriteOperation.UPSERT : WriteOperation.CREATE,
                                    writes);

            for (int i = 0; i < answer.size(); i++) {
                assertThat(results.get(i).reference()).isEqualTo("ref" + i);
                assertThat(results.get(i).succeeded())
                        .isEqualTo(answer.get(i).path("success").asBoolean());
                assertThat(results.get(i).id()).isEqualTo(answer.get(i).path("id").asString());
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(2);
    }

    @Test
    void recordedQueryErrorsAreFatalWithTheirCodes() throws Exception {
        assertQueryFails("query-malformed-soql.json", "MALFORMED_QUERY", FailureKind.FATAL);
        assertQueryFails("query-unknown-column.json", "INVALID_FIELD", FailureKind.FATAL);
        assertQueryFails("query-unexpected-response.json", "HTTP_404", FailureKind.FATAL);
    }

    @Test
    void recordedRecordErrorsKeepTheirCodeFieldsAndFamily() throws Exception {
        assertWriteFails(
                "create-invalid-picklist-value.json",
                "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                ErrorType.PICKLIST_VALUES);
        assertWriteFails(
                "create-required-field-missing.json",
                "REQUIRED_FIELD_MISSING",
                ErrorType.PROPERTY_VALUES);
        assertWriteFails(
                "delete-already-deleted.json", "ENTITY_IS_DELETED", ErrorType.ASSOCIATIONS);
    }

    private void assertQueryParses(String body) {
        JsonNode rows = SalesforceFixtures.json(body).path("records");
        org.token();
        org.json(200, body);

        List<CrmRecord> records = org.connector().readByIds("Account", List.of("001x"), List.of());

        assertThat(records).hasSize(rows.size()).isNotEmpty();
        for (int i = 0; i < rows.size(); i++) {
            assertThat(records.get(i).id()).isEqualTo(rows.get(i).path("Id").asString(null));
            assertThat(records.get(i).objectType())
                    .isEqualTo(rows.get(i).path("attributes").path("type").asString());
        }
    }

    private void assertQueryFails(String file, String code, FailureKind kind) throws Exception {
        var fixture = SalesforceFixtures.wiremock(file);
        org.token();
        org.raw(fixture.status(), "application/json;charset=UTF-8", fixture.body());

        assertThatThrownBy(
                        () ->
                                org.connector()
                                        .readByIds("Account", List.of("001x"), List.of("Name")))
                .isInstanceOfSatisfying(
                        ConnectorException.class,
                        e -> {
                            assertThat(e.failure().code()).isEqualTo(code);
                            assertThat(e.failure().kind()).isEqualTo(kind);
                        });
    }

    private void assertWriteFails(String file, String code, ErrorType type) throws Exception {
        var fixture = SalesforceFixtures.wiremock(file);
        JsonNode error = SalesforceFixtures.json(fixture.body()).path(0);
        org.token();
        org.json(fixture.status(), fixture.body());

        var result =
                org.connector()
                        .write(
                                "Account",
                                WriteOperation.UPDATE,
                                List.of(new RecordWrite("a", "001x", null, Map.of("Name", "n"))))
                        .getFirst();

        assertThat(result.failure().code()).isEqualTo(code);
        assertThat(result.failure().type()).isEqualTo(type);
        assertThat(result.failure().message()).isEqualTo(error.path("message").asString());
    }
}
