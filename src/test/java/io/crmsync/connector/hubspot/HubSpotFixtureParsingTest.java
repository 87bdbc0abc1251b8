package io.crmsync.connector.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.UserDirectory;
import io.crmsync.spi.WriteOperation;
import io.crmsync.testsupport.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Recorded HubSpot responses (the shared fixtures, read in place) served to the connector, which
 * must parse each into the SPI types.
 */
class HubSpotFixtureParsingTest {

    private static final String MOCKS =
            "hubspot/nango-integration-templates/integrations/hubspot/mocks/nango";

    private Path root;
    private MockHubSpot hubspot;

    @BeforeEach
    void setUp() throws IOException {
        root = Fixtures.folder(MOCKS);
        hubspot = new MockHubSpot();
    }

    @AfterEach
    void tearDown() {
        if (hubspot != null) {
            hubspot.close();
        }
    }

    @Test
    void accountInfoGivesThePortalId() throws Exception {
        hubspot.answer(
                200, fixture("get/proxy/account-info/v3/details/fetch-account-information.json"));

        var identity = hubspot.connector().identity();

        assertThat(identity.accountId()).isEqualTo("123456789");
        assertThat(identity.apiVersion()).isEqualTo("v3");
        assertThat(hubspot.request().getHeaders().get("Authorization"))
                .isEqualTo("Bearer " + TestConnectors.TOKEN);
    }

    @ParameterizedTest
    @CsvSource({
        "contacts, get/proxy/crm/v3/objects/contacts/contacts.json",
        "companies, get/proxy/crm/v3/objects/companies/companies.json",
        "deals, get/proxy/crm/v3/objects/deals/deals.json",
        "tasks, get/proxy/crm/v3/objects/tasks/tasks.json",
        "products, get/proxy/crm/v3/objects/products/products.json"
    })
    void recordedObjectListsParseIntoRecords(String type, String file) throws Exception {
        String body = fixture(file);
        JsonNode recorded = MockHubSpot.JSON.readTree(body);
        hubspot.answer(200, body);

        List<CrmRecord> records = hubspot.connector().readByIds(type, List.of("1"), List.of());

        assertThat(records).hasSize(recorded.path("results").size()).isNotEmpty();
        for (int i = 0; i < records.size(); i++) {
            JsonNode object = recorded.path("results").get(i);
            CrmRecord record = records.get(i);
            assertThat(record.id()).isEqualTo(object.path("id").asString());
            assertThat(record.objectType()).isEqualTo(type);
            assertThat(record.modifiedAt()).isNotNull();
            assertThat(record.deleted()).isFalse();
            assertThat(record.fields()).containsOnlyKeys(names(object.path("properties")));
        }
    }

    @Test
    void recordedPropertiesDescribeTheObject() throws Exception {
        String body = fixture("get/proxy/crm/v3/properties/deals/fetch-properties.json");
        hubspot.answer(200, body);

        var schema = hubspot.connector().describe("deals");

        assertThat(schema.fields()).hasSize(MockHubSpot.JSON.readTree(body).path("results").size());
        var type = schema.field("dealtype").orElseThrow();
        assertThat(type.type()).isEqualTo("enumeration");
        assertThat(type.picklistValues()).hasSize(2);
        assertThat(type.restricted()).isTrue();
        var stage = schema.field("dealstage").orElseThrow();
        assertThat(stage.picklistValues()).as("stages live in the pipelines").isEmpty();
        assertThat(stage.restricted()).isFalse();
        assertThat(schema.field("amount").orElseThrow().type()).isEqualTo("number");
        assertThat(schema.field("hs_object_id").orElseThrow().updateable()).isFalse();
        assertThat(schema.field("dealname").orElseThrow().updateable()).isTrue();
    }

    @Test
    void aRecordedCreatedContactMapsBackToItsInput() throws Exception {
        JsonNode created =
                MockHubSpot.JSON.readTree(
                        fixture("post/proxy/crm/v3/objects/contacts/create-contact.json"));
        hubspot.answer(201, "{\"status\":\"COMPLETE\",\"results\":[" + created + "]}");
        String email = created.path("properties").path("email").asString();

        var results =
                hubspot.connector()
                        .write(
                                "contacts",
                                WriteOperation.CREATE,
                                List.of(
                                        new RecordWrite(
                                                "r1", null, "email", Map.of("email", email))));

        assertThat(results.getFirst().id()).isEqualTo(created.path("id").asString());
        assertThat(results.getFirst().created()).isTrue();
        JsonNode sent = MockHubSpot.body(hubspot.request()).path("inputs").get(0);
        assertThat(sent.path("objectWriteTraceId").asString()).isEqualTo("r1");
        assertThat(Instant.parse(created.path("updatedAt").asString())).isNotNull();
    }

    @Test
    void recordedOwnersParseIntoUsers() throws Exception {
        String body = fixture("get/proxy/crm/v3/owners/owners.json");
        JsonNode recorded = MockHubSpot.JSON.readTree(body).path("results");
        hubspot.answer(200, body);

        var users = ((UserDirectory) hubspot.connector()).users();

        assertThat(users).hasSize(recorded.size()).isNotEmpty();
        for (int i = 0; i < users.size(); i++) {
            JsonNode owner = recorded.get(i);
            assertThat(users.get(i).id()).isEqualTo(owner.path("id").asString());
            assertThat(users.get(i).email()).isEqualTo(owner.path("email").asString());
            assertThat(users.get(i).name())
                    .isEqualTo(
                            owner.path("firstName").asString()
                                    + " "
                                    + owner.path("lastName").asString());
            assertThat(users.get(i).active()).isTrue();
        }
        assertThat(hubspot.request().getUrl().encodedPath()).isEqualTo("/crm/v3/owners");
    }

    private String fixture(String relative) throws IOException {
        return Files.readString(root.resolve(relative));
    }

    private static String[] names(JsonNode properties) {
        return properties.propertyNames().toArray(String[]::new);
    }
}
