package io.crmsync.connector.salesforce;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the Salesforce connector reads: {@code crmsync.salesforce.*}.
 *
 * @param safetyLag how far behind now a change read stops, so that late commits are not skipped
 */
@ConfigurationProperties("crmsync.salesforce")
record SalesforceProperties(Duration safetyLag) {

    SalesforceProperties {
        safetyLag = safetyLag == null ? Duration.ofSeconds(15) : safetyLag;
    }
}
