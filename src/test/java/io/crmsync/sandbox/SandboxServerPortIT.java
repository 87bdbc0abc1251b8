package io.crmsync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The standalone sandbox server listens where CRMSYNC_SANDBOX_PORT says, not on the app's port. */
class SandboxServerPortIT {

    private ConfigurableApplicationContext server;

    @AfterEach
    void stop() {
        System.clearProperty("CRMSYNC_SANDBOX_PORT");
        if (server != null) {
            server.close();
        }
    }

    @Test
    void crmsyncSandboxPortChoosesThePort() throws Exception {
        int free;
        try (ServerSocket socket = new ServerSocket(0)) {
            free = socket.getLocalPort();
        }
        // Spring reads CRMSYNC_SANDBOX_PORT from system properties as from the environment.
        System.setProperty("CRMSYNC_SANDBOX_PORT", String.valueOf(free));

        server = SandboxServer.start("--crmsync.sandbox.seed-demo-data=false");

        assertThat(((WebServerApplicationContext) server).getWebServer().getPort()).isEqualTo(free);
        assertThat(server.getEnvironment().getProperty("spring.application.name"))
                .isEqualTo("crmsync-sandbox");
    }
}
