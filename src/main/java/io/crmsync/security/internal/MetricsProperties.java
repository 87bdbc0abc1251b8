package io.crmsync.security.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Prometheus signs in to scrape: {@code crmsync.metrics.token}; blank means only an Admin's
 * password works.
 */
@ConfigurationProperties("crmsync.metrics")
record MetricsProperties(String token) {

    MetricsProperties {
        token = token == null ? "" : token;
    }
}
