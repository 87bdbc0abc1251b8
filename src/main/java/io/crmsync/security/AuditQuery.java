package io.crmsync.security;

/** Filters for the audit log; a null or blank part matches everything. */
public record AuditQuery(String action, String actor, String text) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null);
    }
}
