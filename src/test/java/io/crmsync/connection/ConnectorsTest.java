package io.crmsync.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.ActiveConnections;
import io.crmsync.spi.AuthFlow;
import io.crmsync.spi.ConnectionChanged;
import io.crmsync.spi.ConnectionSettings;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmConnectorFactory;
import io.crmsync.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectorsTest {

    private static final ExternalSystem HUBSPOT = ExternalSystem.HUBSPOT;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final Store store = new Store();
    private final Factory factory = new Factory();
    private final Connectors connectors = new Connectors(store, List.of(factory), clock);

    @Test
    void repeatedGetsReadTheStoreOnceAndShareOneConnector() {
        CrmConnector first = connectors.get(HUBSPOT);

        for (int i = 0; i < 10; i++) {
            assertThat(connectors.get(HUBSPOT)).isSameAs(first);
        }
        assertThat(store.reads).isEqualTo(1);
        assertThat(factory.built).hasSize(1);
    }

    @Test
    void aChangedConnectionBuildsTheNextConnectorFromTheNewSettings() {
        CrmConnector old = connectors.get(HUBSPOT);
        store.baseUrl = "https://other.example";

        connectors.on(new ConnectionChanged(HUBSPOT));

        assertThat(connectors.get(HUBSPOT)).isNotSameAs(old);
        assertThat(factory.built.getLast().baseUrl()).isEqualTo("https://other.example");
        assertThat(store.reads).isEqualTo(2);
    }

    @Test
    void aChangeOfTheOtherSideKeepsThisSidesConnector() {
        CrmConnector kept = connectors.get(HUBSPOT);

        connectors.on(new ConnectionChanged(ExternalSystem.SALESFORCE));

        assertThat(connectors.get(HUBSPOT)).isSameAs(kept);
        assertThat(store.reads).isEqualTo(1);
    }

    @Test
    void afterARecheckEqualSettingsKeepTheConnectorAndChangedOnesReplaceIt() {
        CrmConnector first = connectors.get(HUBSPOT);

        clock.advance(Connectors.RECHECK);
        assertThat(connectors.get(HUBSPOT)).isSameAs(first);
        assertThat(store.reads).isEqualTo(2);

        store.baseUrl = "https://changed-on-another-node.example";
        clock.advance(Connectors.RECHECK.minus(Duration.ofSeconds(1)));
        assertThat(connectors.get(HUBSPOT)).as("not yet rechecked").isSameAs(first);

        clock.advance(Duration.ofSeconds(1));
        assertThat(connectors.get(HUBSPOT)).isNotSameAs(first);
        assertThat(factory.built.getLast().baseUrl())
                .isEqualTo("https://changed-on-another-node.example");
    }

    private static final class Store implements ActiveConnections {
        int reads;
        String baseUrl = "https://api.example";

        @Override
        public ConnectionSettings settings(ExternalSystem system) {
            reads++;
            return new ConnectionSettings(
                    system,
                    false,
                    AuthFlow.HUBSPOT_PRIVATE_APP,
                    baseUrl,
                    null,
                    null,
                    "s",
                    null,
                    "t");
        }

        @Override
        public Optional<ConnectionSettings> current(ExternalSystem system) {
            return Optional.of(settings(system));
        }

        @Override
        public Optional<String> webhookSecret(ExternalSystem system) {
            return Optional.empty();
        }
    }

    private static final class Factory implements CrmConnectorFactory {
        final List<ConnectionSettings> built = new ArrayList<>();

        @Override
        public ExternalSystem system() {
            return HUBSPOT;
        }

        @Override
        public CrmConnector connect(ConnectionSettings settings) {
            built.add(settings);
            return mock(CrmConnector.class);
        }
    }
}
