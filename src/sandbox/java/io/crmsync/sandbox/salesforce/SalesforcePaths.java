package io.crmsync.sandbox.salesforce;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the simulated Salesforce lives: its instance URL is the server's URL plus {@link #ROOT}.
 */
final class SalesforcePaths {

    static final String ROOT = "/sandbox/salesforce";
    static final String DATA = ROOT + "/services/data/{version:v\\d+\\.\\d}";
    static final String SESSION_ATTRIBUTE = SalesforcePaths.class.getName() + ".session";
    static final String CLIENT_ATTRIBUTE = SalesforcePaths.class.getName() + ".client";

    private SalesforcePaths() {}

    static String instanceUrl(HttpServletRequest request) {
        String base = request.getRequestURL().toString();
        int root = base.indexOf(request.getContextPath() + ROOT);
        return base.substring(0, root) + request.getContextPath() + ROOT;
    }
}
