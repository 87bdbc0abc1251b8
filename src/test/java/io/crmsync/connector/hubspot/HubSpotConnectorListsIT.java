package io.crmsync.connector.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmList;
import io.crmsync.spi.ListCapable;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import io.crmsync.testsupport.MutableClock;
import io.crmsync.testsupport.SandboxTestServer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HubSpot connector's Lists v3 against the HubSpot sandbox, over HTTP. */
class HubSpotConnectorListsIT {

    private final CallLog calls = new CallLog();
    private CrmConnector connector;
    private ListCapable lists;
    private String suffix;

    @BeforeEach
    void connect() {
        connector =
                TestConnectors.privateApp(
                        SandboxTestServer.hubspotUrl(), new MutableClock(Instant.now()), calls);
        lists = (ListCapable) connector;
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createsAManualListAndChangesItsMembersAcrossPages() {
        CrmList list = lists.createList("Sync inclusion " + suffix, "contacts");
        List<String> ids =
                connector
                        .write(
                                "contacts",
                                WriteOperation.CREATE,
                                TestConnectors.contacts(suffix + ".example.com", 250))
                        .stream()
                        .map(WriteResult::id)
                        .toList();
        calls.clear();

        lists.addMembers(list.id(), ids);

        assertThat(calls.count("list-add")).isEqualTo(1);
        assertThat(lists.members(list.id())).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(calls.count("list-memberships")).isEqualTo(3);

        lists.removeMembers(list.id(), ids.subList(0, 50));

        assertThat(calls.count("list-remove")).isEqualTo(1);
        assertThat(lists.members(list.id()))
                .containsExactlyInAnyOrderElementsOf(ids.subList(50, 250));
    }

    @Test
    void aNewListIsManualEmptyAndListed() {
        CrmList list = lists.createList("Sync inclusion " + suffix, "contacts");

        assertThat(list.id()).isNotBlank();
        assertThat(list.processingType()).isEqualTo("MANUAL");
        assertThat(list.size()).isZero();
        assertThat(lists.lists())
                .anySatisfy(
                        l -> {
                            assertThat(l.id()).isEqualTo(list.id());
                            assertThat(l.name()).isEqualTo("Sync inclusion " + suffix);
                        });
    }

    @Test
    void anUnknownListIsRefused() {
        assertThatThrownBy(() -> lists.members("987654321")).isInstanceOf(ConnectorException.class);
    }
}
