package io.crmsync.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like HTTP client for one user on a machine of their own: it keeps cookies, does not
 * follow redirects, and comes from its own client address (sent as {@code X-Forwarded-For}, which
 * the test app trusts from localhost), so that one test's failed sign-ins never slow down
 * another's.
 */
public class HttpSession {

    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final Pattern CSRF_TOKEN =
            Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String baseUrl;
    private final String clientAddress;
    private final HttpClient client;

    public HttpSession(int port) {
        this(port, nextClientAddress());
    }

    public HttpSession(int port, String clientAddress) {
        this.baseUrl = "http://localhost:" + port;
        this.clientAddress = clientAddress;
        this.client =
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    public HttpResponse<String> getWithBearer(String path, String token) {
        return send(request(path).header("Authorization", "Bearer " + token).GET().build());
    }

    public HttpResponse<String> getWithBasicAuth(String path, String username, String password) {
        String credentials =
                Base64.getEncoder()
                        .encodeToString(
                                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Authorization", "Basic " + credentials).GET().build());
    }

    /** Submits the sign-in form as the login page does, with the page's CSRF token. */
    public HttpResponse<String> signIn(String username, String password) {
        Matcher token = CSRF_TOKEN.matcher(get("/login").body());
        if (!token.find()) {
            throw new IllegalStateException("The sign-in page carries no CSRF token");
        }
        return postSignIn(username, password, token.group(1));
    }

    /** Submits the sign-in form with the given CSRF token, or none when it is null. */
    public HttpResponse<String> postSignIn(String username, String password, String csrfToken) {
        String form =
                "username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8)
                        + (csrfToken == null
                                ? ""
                                : "&_csrf=" + URLEncoder.encode(csrfToken, StandardCharsets.UTF_8));
        return send(
                request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
    }

    private static String nextClientAddress() {
        int client = CLIENTS.getAndIncrement();
        return "10.0." + (client / 250 % 250) + "." + (client % 250 + 1);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("X-Forwarded-For", clientAddress);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
