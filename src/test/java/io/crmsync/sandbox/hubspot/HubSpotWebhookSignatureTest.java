package io.crmsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HubSpotWebhookSignatureTest {

    @Test
    void matchesHubSpotsPublishedV3TestVector() {
        String signature =
                WebhookSignature.v3(
                        "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy",
                        "POST",
                        "https://www.example.com/webhook_uri",
                        "{'example_field':'example_value'}",
                        15000000L);

        assertThat(signature).isEqualTo("HPW73RUtKmcYoEDADG0s6MmGFWUzWJKAW07r8RDgcQw=");
    }
}
