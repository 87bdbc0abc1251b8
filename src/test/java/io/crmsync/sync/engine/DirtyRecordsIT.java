package io.crmsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.health.ErrorFilter;
import io.crmsync.health.ErrorGroup;
import io.crmsync.health.SyncHealthService;
import io.crmsync.spi.ErrorType;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Records dirty the way the demo data is dirty each end up as the right error type on the right
 * record, and the sync goes on around them.
 */
@CrmsyncIntegrationTest
class DirtyRecordsIT extends SyncScenarioSupport {

    @Autowired SyncHealthService health;

    @Test
    void eachDirtyRecordBecomesAClassifiedErrorOnItsRecord() {
        String tooLong =
                sync.createHubSpot(
                        Map.of(
                                "lastname",
                                "Long",
                                "email",
                                SyncFixture.email("long"),
                                "jobtitle",
                                "x".repeat(200)));
        String noLastName =
                sync.createHubSpot(
                        Map.of("firstname", "Nolast", "email", SyncFixture.email("nolast")));
        String shared = SyncFixture.email("shared");
        sync.createSalesforce("Contact", Map.of("LastName", "First", "Email", shared));
        String duplicate =
                sync.createSalesforce(
                        "Lead", Map.of("LastName", "Second", "Company", "Acme", "Email", shared));
        String clean =
                sync.createHubSpot(
                        Map.of("lastname", "Clean", "email", SyncFixture.email("clean")));

        sync.settle();

        assertThat(types(tooLong)).containsEntry("STRING_TOO_LONG", "PROPERTY_VALUES");
        assertThat(types(noLastName)).containsEntry("REQUIRED_FIELD_MISSING", "PROPERTY_VALUES");
        assertThat(types(duplicate)).containsEntry("DUPLICATE_EMAIL", "DUPLICATES");
        assertThat(sync.linkOfHubSpot(clean)).as("the clean record synced").isPresent();
        var error = sync.errorsOf(tooLong).getFirst();
        assertThat(error.get("field")).isEqualTo("Title");
        assertThat((String) error.get("field_value")).startsWith("xxxx");
        assertThat(error.get("hubspot_id")).isEqualTo(tooLong);
    }

    @Test
    void aFixedRecordClearsItsErrorWhenItSyncsAgain() {
        String id =
                sync.createHubSpot(Map.of("firstname", "Fix", "email", SyncFixture.email("fix")));
        sync.settle();
        assertThat(sync.errorsOf(id)).isNotEmpty();
        sync.updateHubSpot(id, Map.of("lastname", "Fixed"));
        sync.settle();
        assertThat(sync.errorsOf(id)).isEmpty();
        assertThat(sync.linkOfHubSpot(id)).isPresent();
    }

    @Test
    void duplicatesOfDifferentEmailsFormOneGroupNamedByTheirCause() {
        for (String name : List.of("twin-a", "twin-b")) {
            String shared = SyncFixture.email(name);
            sync.createSalesforce("Contact", Map.of("LastName", "First", "Email", shared));
            sync.createSalesforce(
                    "Lead", Map.of("LastName", "Second", "Company", "Acme", "Email", shared));
        }

        sync.settle();

        List<ErrorGroup> groups =
                TestAccounts.asAdmin(
                        () -> health.groups(ErrorType.DUPLICATES, ErrorFilter.NONE, 0, 10));
        assertThat(groups)
                .filteredOn(g -> g.code().equals("DUPLICATE_EMAIL"))
                .singleElement()
                .satisfies(
                        g -> {
                            assertThat(g.errors()).isGreaterThanOrEqualTo(2);
                            assertThat(g.value()).isNull();
                            assertThat(g.cause())
                                    .isEqualTo("Email address already used by another record");
                        });
    }

    private Map<String, String> types(String recordId) {
        Map<String, String> types = new java.util.HashMap<>();
        List<Map<String, Object>> errors = sync.errorsOf(recordId);
        errors.forEach(e -> types.put((String) e.get("code"), (String) e.get("error_type")));
        return types;
    }
}
