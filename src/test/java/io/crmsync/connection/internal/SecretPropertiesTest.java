package io.crmsync.connection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SecretPropertiesTest {

    private static SecretProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("crmsync", SecretProperties.class);
    }

    @Test
    void noKeyAndTheDefaultDataDirUnlessSet() {
        assertThat(bind(Map.of())).isEqualTo(new SecretProperties("", "target/crmsync-data"));
        assertThat(bind(Map.of("crmsync.secret-key", "k", "crmsync.data-dir", "/data")))
                .isEqualTo(new SecretProperties("k", "/data"));
    }
}
