package io.crmsync.connector.hubspot.internal;

/** Where the bearer token of each call comes from. */
public interface TokenSource {

    /** A token valid now, refreshed first when it is about to expire. */
    String token();

    /**
     * Gets a new token after HubSpot refused the current one; false when there is no way to (a
     * private-app token), so that the 401 stands.
     */
    boolean refresh();

    /** A private-app token: it never expires and cannot be refreshed. */
    static TokenSource privateApp(String accessToken) {
        return new TokenSource() {
            @Override
            public String token() {
                return accessToken;
            }

            @Override
            public boolean refresh() {
                return false;
            }
        };
    }
}
