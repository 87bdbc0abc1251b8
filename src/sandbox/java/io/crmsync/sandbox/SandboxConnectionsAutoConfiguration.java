package io.crmsync.sandbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Connects crmsync to the simulators where they run in this application, and also where they are
 * switched off here but a standalone sandbox server's URLs are set (as the crash and multi-node
 * tests run them).
 */
@AutoConfiguration
@ConditionalOnExpression(
        "${crmsync.sandbox.enabled:true}"
                + " or '${crmsync.sandbox.salesforce-url:}' != ''"
                + " or '${crmsync.sandbox.hubspot-url:}' != ''")
public class SandboxConnectionsAutoConfiguration {

    @Bean
    SandboxConnections sandboxConnections(
            Environment environment,
            @Value("${crmsync.sandbox.salesforce-url:}") String salesforceUrl,
            @Value("${crmsync.sandbox.hubspot-url:}") String hubspotUrl) {
        return new SandboxConnections(environment, salesforceUrl, hubspotUrl);
    }
}
