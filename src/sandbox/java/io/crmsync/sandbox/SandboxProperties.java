package io.crmsync.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled whether the sandboxes run at all
 * @param seed the seed of the demo data generator, so that every fresh start shows the same records
 * @param seedDemoData whether an empty sandbox is filled with demo data at start
 */
@ConfigurationProperties("crmsync.sandbox")
public record SandboxProperties(boolean enabled, long seed, boolean seedDemoData) {

    public SandboxProperties {
        if (seed == 0) {
            seed = 20261128L;
        }
    }
}
