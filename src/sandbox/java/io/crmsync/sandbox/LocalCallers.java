package io.crmsync.sandbox;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Who may drive the simulators' privileged parts. Their admin API, their OAuth pages and their
 * webhook deliveries would let anyone who reaches the port read every record, mint tokens, or make
 * the server send requests: by default only this machine may use them, and only this machine's
 * addresses are valid OAuth callbacks and webhook targets.
 *
 * @param allowRemote whether callers on other machines are admitted too
 * @param extraTargets further URLs (exact, or a prefix ending in {@code /}) that are valid OAuth
 *     callbacks and webhook targets
 */
public record LocalCallers(boolean allowRemote, List<String> extraTargets) {

    public LocalCallers {
        extraTargets = extraTargets == null ? List.of() : List.copyOf(extraTargets);
    }

    /** Whether a request from {@code remoteAddress} may use the admin API and OAuth pages. */
    public boolean admits(String remoteAddress) {
        return allowRemote || isLoopback(remoteAddress);
    }

    /** Whether the browser may be sent back to {@code redirectUri} with an authorization code. */
    public boolean isRegisteredRedirect(String redirectUri) {
        return isListed(redirectUri) || isLoopbackHttpUrl(redirectUri);
    }

    /**
     * Whether webhooks may be sent to {@code url}: crmsync's own webhook endpoint on this machine,
     * or a listed target.
     */
    public boolean isAllowedWebhookTarget(String url, String ownWebhookPath) {
        if (isListed(url)) {
            return true;
        }
        return isLoopbackHttpUrl(url) && ownWebhookPath.equals(URI.create(url).getPath());
    }

    private boolean isListed(String url) {
        return url != null
                && extraTargets.stream()
                        .anyMatch(t -> t.endsWith("/") ? url.startsWith(t) : url.equals(t));
    }

    private static boolean isLoopbackHttpUrl(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getUserInfo() == null
                    && uri.getHost() != null
                    && isLoopbackHost(uri.getHost());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static boolean isLoopbackHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        // Only literal addresses: a name could resolve elsewhere by the time a request is sent.
        if (h.startsWith("[") || Character.isDigit(h.charAt(0))) {
            return isLoopback(h.replace("[", "").replace("]", ""));
        }
        return false;
    }

    private static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        if (!address.contains(":")
                && !address.chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
