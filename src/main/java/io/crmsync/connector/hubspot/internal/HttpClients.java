package io.crmsync.connector.hubspot.internal;

import java.time.Duration;
import okhttp3.OkHttpClient;

/** The one OkHttp client (connection pool, dispatcher) that all HubSpot connectors share. */
public final class HttpClients {

    private final OkHttpClient client;

    public HttpClients(Duration timeout) {
        this.client =
                new OkHttpClient.Builder()
                        .connectTimeout(timeout)
                        .readTimeout(timeout)
                        .writeTimeout(timeout)
                        .retryOnConnectionFailure(false)
                        .build();
    }

    OkHttpClient client() {
        return client;
    }
}
