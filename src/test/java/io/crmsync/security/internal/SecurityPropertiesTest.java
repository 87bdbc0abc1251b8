package io.crmsync.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SecurityPropertiesTest {

    private static <T> T bind(String prefix, Class<T> type, Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate(prefix, type);
    }

    @Test
    void theFirstAdminIsAdminWithAGeneratedPasswordUnlessSet() {
        String prefix = "crmsync.security.first-admin";
        assertThat(bind(prefix, FirstAdminProperties.class, Map.of()))
                .isEqualTo(new FirstAdminProperties("admin", ""));
        assertThat(
                        bind(
                                prefix,
                                FirstAdminProperties.class,
                                Map.of(prefix + ".username", "root", prefix + ".password", "pw")))
                .isEqualTo(new FirstAdminProperties("root", "pw"));
    }

    @Test
    void thereIsNoMetricsTokenUnlessSet() {
        assertThat(bind("crmsync.metrics", MetricsProperties.class, Map.of()).token()).isEmpty();
        assertThat(
                        bind(
                                        "crmsync.metrics",
                                        MetricsProperties.class,
                                        Map.of("crmsync.metrics.token", "t"))
                                .token())
                .isEqualTo("t");
    }
}
