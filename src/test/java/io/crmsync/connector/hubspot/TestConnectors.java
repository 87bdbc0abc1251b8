package io.crmsync.connector.hubspot;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connector.hubspot.internal.HubSpotOptions;
import io.crmsync.spi.ApiCallObserver;
import io.crmsync.spi.AuthFlow;
import io.crmsync.spi.CallBudget;
import io.crmsync.spi.ConnectionSettings;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.RecordWrite;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Connectors for tests: quick retries, no safety lag, a generous burst limit and HubSpot's own
 * search limit (the sandbox enforces it).
 */
final class TestConnectors {

    static final String TOKEN = "pat-na1-sandbox-token";

    static final HubSpotOptions FAST =
            new HubSpotOptions(
                    2_000,
                    5,
                    Duration.ofSeconds(30),
                    20,
                    Duration.ofMillis(1),
                    Duration.ofMillis(20),
                    Duration.ZERO,
                    Duration.ZERO,
                    Duration.ofMinutes(10),
                    Duration.ofSeconds(10));

    private TestConnectors() {}

    static HubSpotConnectorFactory factory(
            Clock clock, HubSpotOptions options, CallBudget budget, ApiCallObserver observer) {
        return new HubSpotConnectorFactory(
                clock,
                JsonMapper.builder().build(),
                () -> List.of(observer),
                new StaticListableBeanFactory(Map.<String, Object>of("budget", budget))
                        .getBeanProvider(CallBudget.class),
                options);
    }

    static CrmConnector privateApp(String baseUrl, Clock clock, ApiCallObserver observer) {
        return factory(clock, FAST, CallBudget.UNLIMITED, observer).connect(privateApp(baseUrl));
    }

    static ConnectionSettings privateApp(String baseUrl) {
        return new ConnectionSettings(
                ExternalSystem.HUBSPOT,
                true,
                AuthFlow.HUBSPOT_PRIVATE_APP,
                baseUrl,
                null,
                null,
                null,
                null,
                TOKEN);
    }

    /** {@code count} contacts {@code c<i>@<domain>} with references {@code ref-<i>}. */
    static List<RecordWrite> contacts(String domain, int count) {
        return IntStream.range(0, count)
                .mapToObj(
                        i -> {
                            Map<String, Object> fields = new LinkedHashMap<>();
                            fields.put("email", "c" + i + "@" + domain);
                            fields.put("firstname", "First" + i);
                            fields.put("lastname", "Last" + i);
                            return new RecordWrite("ref-" + i, null, "email", fields);
                        })
                .toList();
    }
}
