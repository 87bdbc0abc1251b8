package io.crmsync.metrics;

import static io.crmsync.base.ExternalSystem.HUBSPOT;
import static io.crmsync.base.ExternalSystem.SALESFORCE;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.sync.RecordsSynced;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SyncMetersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SyncMeters meters = new SyncMeters(registry);

    @Test
    void recordsCountPerObjectAndDirectionAndEachLiveChangeAddsItsLag() {
        meters.on(
                new RecordsSynced(
                        SALESFORCE,
                        "Contact",
                        3,
                        List.of(Duration.ofSeconds(2), Duration.ofSeconds(4))));
        meters.on(new RecordsSynced(SALESFORCE, "Lead", 1, List.of()));
        meters.on(new RecordsSynced(HUBSPOT, "contacts", 2, List.of(Duration.ofSeconds(10))));

        assertThat(synced("Contact", "salesforce_to_hubspot")).isEqualTo(3);
        assertThat(synced("Lead", "salesforce_to_hubspot")).isEqualTo(1);
        assertThat(synced("contacts", "hubspot_to_salesforce")).isEqualTo(2);
        var toHubSpot = registry.get("crmsync.sync.lag").tag("direction", "salesforce_to_hubspot");
        assertThat(toHubSpot.timer().count()).isEqualTo(2);
        assertThat(toHubSpot.timer().totalTime(TimeUnit.SECONDS)).isEqualTo(6);
        assertThat(
                        registry.get("crmsync.sync.lag")
                                .tag("direction", "hubspot_to_salesforce")
                                .timer()
                                .max(TimeUnit.SECONDS))
                .isEqualTo(10);
    }

    private double synced(String object, String direction) {
        return registry.get("crmsync.records.synced")
                .tag("object", object)
                .tag("direction", direction)
                .counter()
                .count();
    }
}
