package io.crmsync.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.testsupport.CrmsyncIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The console's session cookie and Content-Security-Policy, as a browser receives them. */
@CrmsyncIntegrationTest
class ConsoleHeadersIT {

    @LocalServerPort int port;

    @Test
    void theSessionCookieStaysOnTheSiteAndIsSecureOverHttps() throws Exception {
        var plain = get("/login", "http");
        assertThat(sessionCookie(plain)).contains("SameSite=Lax").doesNotContain("Secure");

        var overHttps = get("/login", "https");
        assertThat(sessionCookie(overHttps)).contains("SameSite=Lax").contains("Secure");
    }

    @Test
    void theConsoleSendsAContentSecurityPolicy() throws Exception {
        var page = get("/login", "http");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        csp ->
                                assertThat(csp)
                                        .contains("default-src 'self'")
                                        .contains("frame-ancestors 'none'")
                                        .contains("object-src 'none'"));
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
    }

    /** A fresh client, as behind a TLS-terminating proxy that says which scheme it was. */
    private HttpResponse<String> get(String path, String scheme) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("X-Forwarded-Proto", scheme)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
