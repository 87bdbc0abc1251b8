package io.crmsync.connection.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the key for secrets at rest comes from (ADR 006).
 *
 * @param secretKey {@code crmsync.secret-key}; blank to use a key kept under {@code dataDir}
 * @param dataDir {@code crmsync.data-dir}, where {@code secret.key} is kept
 */
@ConfigurationProperties("crmsync")
public record SecretProperties(String secretKey, String dataDir) {

    public SecretProperties {
        secretKey = secretKey == null ? "" : secretKey;
        dataDir = dataDir == null ? "target/crmsync-data" : dataDir;
    }
}
