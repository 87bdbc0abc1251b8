package io.crmsync.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SalesforcePropertiesTest {

    private static SalesforceProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("crmsync.salesforce", SalesforceProperties.class);
    }

    @Test
    void theSafetyLagIsFifteenSecondsUnlessSet() {
        assertThat(bind(Map.of()).safetyLag()).isEqualTo(Duration.ofSeconds(15));
        assertThat(bind(Map.of("crmsync.salesforce.safety-lag", "1m")).safetyLag())
                .isEqualTo(Duration.ofMinutes(1));
    }
}
