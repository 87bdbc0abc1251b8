package io.crmsync.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class WebhookPropertiesTest {

    private static WebhookProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("crmsync.hubspot", WebhookProperties.class);
    }

    @Test
    void theAppIdIsTheBuiltInAppsUnlessSet() {
        assertThat(bind(Map.of()).appId()).isEqualTo("1160452");
        assertThat(bind(Map.of("crmsync.hubspot.app-id", "42")).appId()).isEqualTo("42");
    }
}
