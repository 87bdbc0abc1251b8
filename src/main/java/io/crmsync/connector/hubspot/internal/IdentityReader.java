package io.crmsync.connector.hubspot.internal;

import io.crmsync.spi.AuthFlow;
import io.crmsync.spi.Identity;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Who the token belongs to. OAuth: token introspection ({@code /oauth/v1/access-tokens/{token}})
 * gives the hub id and user. Private app: {@code /account-info/v3/details} gives the portal id;
 * where that is not served, a read of one contact proves the token and the portal id is taken from
 * the record's {@code url}, if there is a record.
 */
public final class IdentityReader {

    public static final String API_VERSION = "v3";

    private final HubSpotClient client;
    private final AuthFlow flow;

    public IdentityReader(HubSpotClient client, AuthFlow flow) {
        this.client = client;
        this.flow = flow;
    }

    public Identity identity() {
        if (flow == AuthFlow.HUBSPOT_OAUTH) {
            JsonNode info =
                    client.send(
                            ApiRequest.get(
                                    "/oauth/v1/access-tokens/" + client.currentToken(),
                                    Map.of(),
                                    null,
                                    "identity"));
            return fromTokenInfo(info, client.baseUrl());
        }
        try {
            JsonNode details =
                    client.send(
                            ApiRequest.get("/account-info/v3/details", Map.of(), null, "identity"));
            return fromAccountInfo(details, client.baseUrl());
        } catch (HubSpotCallException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
        JsonNode one =
                client.send(
                        ApiRequest.get(
                                "/crm/v3/objects/contacts",
                                Map.of("limit", List.of("1")),
                                "contacts",
                                "identity"));
        String url = one.path("results").path(0).path("url").asString(null);
        return new Identity(portalFromUrl(url), null, null, API_VERSION, client.baseUrl());
    }

    public static Identity fromTokenInfo(JsonNode info, String baseUrl) {
        return new Identity(
                info.path("hub_id").asString(null),
                info.path("user_id").asString(null),
                info.path("user").asString(null),
                API_VERSION,
                baseUrl);
    }

    public static Identity fromAccountInfo(JsonNode details, String baseUrl) {
        return new Identity(
                details.path("portalId").asString(null), null, null, API_VERSION, baseUrl);
    }

    /** {@code https://app.hubspot.com/contacts/{portalId}/record/0-1/{id}}. */
    static String portalFromUrl(String url) {
        if (url == null) {
            return null;
        }
        String[] parts = url.split("/");
        for (int i = 0; i + 1 < parts.length; i++) {
            if ("contacts".equals(parts[i]) && parts[i + 1].matches("\\d+")) {
                return parts[i + 1];
            }
        }
        return null;
    }
}
