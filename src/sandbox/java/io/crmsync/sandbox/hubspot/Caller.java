package io.crmsync.sandbox.hubspot;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who makes a change, as webhooks and record sources report it.
 *
 * @param changeSource {@code INTEGRATION} for API callers, {@code CRM_UI} for a person
 * @param sourceId the app id of an integration, {@code userId:N} for a person
 */
record Caller(String changeSource, String sourceId) {

    static final Caller PERSON = new Caller("CRM_UI", "userId:1");
    private static final String ATTRIBUTE = Caller.class.getName();

    static Caller integration(long appId) {
        return new Caller("INTEGRATION", String.valueOf(appId));
    }

    boolean isPerson() {
        return "CRM_UI".equals(changeSource);
    }

    void attach(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    static Caller of(HttpServletRequest request) {
        Object caller = request.getAttribute(ATTRIBUTE);
        return caller instanceof Caller c ? c : PERSON;
    }
}
