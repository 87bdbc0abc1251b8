package io.crmsync.testsupport;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.ConnectionChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Back to the built-in sandboxes, as if an Admin had removed every saved connection. */
public final class SandboxConnections {

    private SandboxConnections() {}

    public static void restore(JdbcClient jdbc, ApplicationEventPublisher events) {
        jdbc.sql("DELETE FROM crm_connection").update();
        for (ExternalSystem system : ExternalSystem.values()) {
            events.publishEvent(new ConnectionChanged(system));
        }
    }
}
