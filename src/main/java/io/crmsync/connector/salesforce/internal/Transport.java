package io.crmsync.connector.salesforce.internal;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * What all connectors of one factory share: one HTTP connection pool, and one bulkhead of 25
 * concurrent queries, the org's limit on concurrent long-running requests.
 */
public final class Transport {

    final OkHttpClient client = new OkHttpClient();
    final Bulkhead queries =
            Bulkhead.of(
                    "salesforce-queries",
                    BulkheadConfig.custom()
                            .maxConcurrentCalls(25)
                            .maxWaitDuration(Duration.ofMinutes(2))
                            .build());
}
