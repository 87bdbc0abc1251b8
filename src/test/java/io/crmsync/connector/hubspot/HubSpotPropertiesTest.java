package io.crmsync.connector.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class HubSpotPropertiesTest {

    private static HubSpotProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("crmsync.hubspot", HubSpotProperties.class);
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        assertThat(bind(Map.of()))
                .isEqualTo(
                        new HubSpotProperties(
                                190, 5, Duration.ofSeconds(10), Duration.ofMinutes(1)));
    }

    @Test
    void thePropertiesKeepTheirNames() {
        assertThat(
                        bind(
                                Map.of(
                                        "crmsync.hubspot.requests-per-ten-seconds", "90",
                                        "crmsync.hubspot.search-per-second", "3",
                                        "crmsync.hubspot.safety-lag", "20s",
                                        "crmsync.hubspot.deletes-every", "5m")))
                .isEqualTo(
                        new HubSpotProperties(
                                90, 3, Duration.ofSeconds(20), Duration.ofMinutes(5)));
    }
}
