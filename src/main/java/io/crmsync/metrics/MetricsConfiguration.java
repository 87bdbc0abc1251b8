package io.crmsync.metrics;

import io.crmsync.health.SyncGauges;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    SyncStateReadings syncStateReadings(SyncGauges gauges, Clock clock) {
        return new SyncStateReadings(
                () ->
                        new SyncStateReadings.State(
                                gauges.queue(), gauges.openErrors(), gauges.suspension()),
                clock);
    }
}
