package io.crmsync.connector.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.sandbox.hubspot.HubSpotSandbox;
import io.crmsync.spi.Association;
import io.crmsync.spi.AssociationCapable;
import io.crmsync.spi.AssociationWrite;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.ErrorType;
import io.crmsync.spi.FailureKind;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import io.crmsync.testsupport.MutableClock;
import io.crmsync.testsupport.SandboxTestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HubSpot connector's v4 associations against the HubSpot sandbox, over HTTP. */
class HubSpotAssociationsIT {

    private final CallLog calls = new CallLog();
    private CrmConnector connector;
    private AssociationCapable associations;
    private String domain;

    @BeforeAll
    static void searchSeesWritesAtOnce() {
        SandboxTestServer.context()
                .getBean(HubSpotSandbox.class)
                .setSearchVisibilityDelay(Duration.ZERO);
    }

    @BeforeEach
    void connect() {
        connector =
                TestConnectors.privateApp(
                        SandboxTestServer.hubspotUrl(),
                        new MutableClock(Instant.now().plus(Duration.ofDays(1))),
                        calls);
        associations = (AssociationCapable) connector;
        domain = UUID.randomUUID().toString().substring(0, 8) + ".example.com";
    }

    @Test
    void associates150ContactsToACompanyInTwoCallsReadsThemBackAndDissociates() {
        String company = company();
        List<String> contacts = contactIds(150);
        List<AssociationWrite> pairs = pairs(contacts, company, null, null);
        calls.clear();

        List<WriteResult> results = associations.associate("contacts", "companies", pairs);

        assertThat(calls.count("association-associate-default")).isEqualTo(2);
        assertThat(results).allMatch(WriteResult::succeeded);
        assertThat(results)
                .extracting(WriteResult::reference)
                .containsExactlyElementsOf(
                        pairs.stream().map(AssociationWrite::reference).toList());
        assertThat(toIds(associations.readAssociations("companies", List.of(company), "contacts")))
                .containsExactlyInAnyOrderElementsOf(contacts);
        assertThat(associations.readAssociations("contacts", contacts, "companies"))
                .hasSize(150)
                .allMatch(a -> a.toId().equals(company));
        assertThat(calls.count("association-read"))
                .as("one read for the company, one for all 150 contacts")
                .isEqualTo(2);

        calls.clear();
        List<WriteResult> removed =
                associations.dissociate("contacts", "companies", pairs.subList(0, 50));

        assertThat(calls.count("association-archive")).isEqualTo(1);
        assertThat(removed).hasSize(50).allMatch(WriteResult::succeeded);
        assertThat(toIds(associations.readAssociations("companies", List.of(company), "contacts")))
                .containsExactlyInAnyOrderElementsOf(contacts.subList(50, 150));
    }

    @Test
    void labelledAssociationsCarryTheirLabel() {
        String company = company();
        List<String> contacts = contactIds(2);

        List<WriteResult> results =
                associations.associate(
                        "contacts",
                        "companies",
                        pairs(contacts.subList(0, 1), company, "HUBSPOT_DEFINED", 1));

        assertThat(calls.count("association-create")).isEqualTo(1);
        assertThat(results).singleElement().matches(WriteResult::succeeded);
        assertThat(associations.readAssociations("contacts", contacts, "companies"))
                .singleElement()
                .satisfies(
                        a -> {
                            assertThat(a.fromId()).isEqualTo(contacts.getFirst());
                            assertThat(a.labels()).contains("Primary");
                        });
    }

    @Test
    void anUnknownIdFailsOnlyItsOwnPair() {
        String company = company();
        List<String> contacts = contactIds(3);
        List<String> withBadId = List.of(contacts.get(0), "999999999", contacts.get(2));

        List<WriteResult> byDefault =
                associations.associate(
                        "contacts", "companies", pairs(withBadId, company, null, null));
        List<WriteResult> labelled =
                associations.associate(
                        "contacts", "companies", pairs(withBadId, company, "HUBSPOT_DEFINED", 279));

        for (List<WriteResult> results : List.of(byDefault, labelled)) {
            assertThat(results)
                    .extracting(WriteResult::succeeded)
                    .containsExactly(true, false, true);
            assertThat(results.get(1).failure().kind()).isEqualTo(FailureKind.RECORD_REJECTED);
        }
        assertThat(labelled.get(1).failure().type()).isEqualTo(ErrorType.ASSOCIATIONS);
        assertThat(toIds(associations.readAssociations("companies", List.of(company), "contacts")))
                .containsExactlyInAnyOrder(contacts.get(0), contacts.get(2));
    }

    private String company() {
        return connector
                .write(
                        "companies",
                        WriteOperation.CREATE,
                        List.of(
                                new RecordWrite(
                                        "co",
                                        null,
                                        null,
                                        Map.of("name", "Company " + domain, "domain", domain))))
                .getFirst()
                .id();
    }

    private List<String> contactIds(int count) {
        return connector
                .write("contacts", WriteOperation.CREATE, TestConnectors.contacts(domain, count))
                .stream()
                .map(WriteResult::id)
                .toList();
    }

    private static List<AssociationWrite> pairs(
            List<String> fromIds, String toId, String category, Integer typeId) {
        return fromIds.stream()
                .map(id -> new AssociationWrite("pair-" + id, id, toId, category, typeId))
                .toList();
    }

    private static List<String> toIds(List<Association> found) {
        return found.stream().map(Association::toId).toList();
    }
}
