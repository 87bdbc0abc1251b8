package io.crmsync.connector.salesforce.internal;

/** A live access token and what its token response said about the org and user. */
record Session(String accessToken, String instanceUrl, String orgId, String userId) {

    @Override
    public String toString() {
        return "Session[" + instanceUrl + ", org=" + orgId + ", user=" + userId + "]";
    }
}
