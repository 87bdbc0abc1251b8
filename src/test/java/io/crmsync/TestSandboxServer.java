package io.crmsync;

import io.crmsync.sandbox.SandboxServer;
import io.crmsync.testsupport.EmbeddedMariaDbInitializer;
import java.nio.file.Path;

/**
 * The sandboxes as their own process on port 8090 (CRMSYNC_SANDBOX_PORT), with demo data in an
 * embedded MariaDB under {@code target/crmsync-sandbox-data} (CRMSYNC_SANDBOX_DATA_DIR): {@code
 * ./mvnw spring-boot:test-run -Dspring-boot.run.main-class=io.crmsync.TestSandboxServer}.
 */
public class TestSandboxServer {

    public static void main(String[] args) {
        String dataDir =
                System.getenv()
                        .getOrDefault("CRMSYNC_SANDBOX_DATA_DIR", "target/crmsync-sandbox-data");
        System.setProperty(
                EmbeddedMariaDbInitializer.DEV_DATA_DIR,
                Path.of(dataDir, "mariadb").toAbsolutePath().toString());
        SandboxServer.main(args);
    }
}
