package io.crmsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fault plan through the admin API, as tests and benchmarks set it. */
class SalesforceFaultAdminIT {

    private final SfHttp sf = new SfHttp();
    private final String contacts = SfHttp.VERSION + "/sobjects/Contact";

    @AfterEach
    void clear() {
        sf.admin("DELETE", "/faults", null);
    }

    @Test
    void aPlanPutPerEndpointIsReadBackAndApplied() {
        var put =
                sf.admin(
                        "PUT",
                        "/faults",
                        Map.of(SfHttp.VERSION + "/limits", Map.of("rate429", 1.0)));

        assertThat(put.status()).isEqualTo(200);
        var plan = sf.admin("GET", "/faults", null).json();
        assertThat(plan.get(SfHttp.VERSION + "/limits").get("rate429").asDouble()).isEqualTo(1.0);
        assertThat(sf.get(SfHttp.VERSION + "/limits").status()).isEqualTo(403);
        assertThat(sf.get(SfHttp.VERSION + "/sobjects").status()).isEqualTo(200);

        assertThat(sf.admin("DELETE", "/faults", null).status()).isEqualTo(204);
        assertThat(sf.admin("GET", "/faults", null).json().size()).isZero();
        assertThat(sf.get(SfHttp.VERSION + "/limits").status()).isEqualTo(200);
    }

    @Test
    void aShareAbove100PercentIsRefusedAtItsFieldAndNothingChanges() {
        var refused = sf.admin("PUT", "/faults", Map.of("*", Map.of("rate500", 1.5)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("rate500");
        assertThat(refused.json().get("message").asString()).contains("0 to 100");
        assertThat(sf.admin("GET", "/faults", null).json().size()).isZero();
    }

    @Test
    void anOutageOnEveryEndpointLeavesTheAdminApiAlone() {
        sf.token();
        sf.admin("PUT", "/faults", Map.of("*", Map.of("outage", true)));

        assertThat(sf.get(SfHttp.VERSION + "/limits").status()).isEqualTo(503);
        assertThat(sf.admin("GET", "/faults", null).status()).isEqualTo(200);
    }

    @Test
    void aWriteWhoseResponseIsLostIsAppliedWhileTheClientSeesAFailure() {
        sf.token();
        sf.admin("PUT", "/faults", Map.of(contacts, Map.of("lostAfterWriteRate", 1.0)));
        String name = "Lost-" + UUID.randomUUID();

        assertThatThrownBy(() -> sf.call("POST", contacts, Map.of("LastName", name)))
                .isInstanceOf(UncheckedIOException.class);

        sf.admin("DELETE", "/faults", null);
        var stored = sf.query("SELECT Id FROM Contact WHERE LastName = '" + name + "'").json();
        assertThat(stored.get("totalSize").asInt()).as("the write was applied").isEqualTo(1);
    }

    @Test
    void readsAreNotLostAfterWrites() {
        sf.token();
        sf.admin("PUT", "/faults", Map.of("*", Map.of("lostAfterWriteRate", 1.0)));

        assertThat(sf.get(SfHttp.VERSION + "/limits").status()).isEqualTo(200);
    }
}
