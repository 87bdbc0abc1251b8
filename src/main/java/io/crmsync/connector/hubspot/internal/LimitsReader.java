package io.crmsync.connector.hubspot.internal;

import io.crmsync.spi.ApiLimits;
import java.util.List;
import java.util.Map;

/**
 * HubSpot's daily limit, from the {@code X-HubSpot-RateLimit-Daily} headers of the last response
 * that carried them. Before any call was answered it reads one contact to get them; OAuth apps are
 * not sent these headers, so for them every part is null.
 */
public final class LimitsReader {

    private final HubSpotClient client;

    public LimitsReader(HubSpotClient client) {
        this.client = client;
    }

    public ApiLimits limits() {
        if (!client.answered()) {
            client.send(
                    ApiRequest.get(
                            "/crm/v3/objects/contacts",
                            Map.of("limit", List.of("1")),
                            "contacts",
                            "limits"));
        }
        ApiLimits last = client.lastDaily();
        return last == null ? new ApiLimits(null, null, null) : last;
    }
}
