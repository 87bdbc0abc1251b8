package io.crmsync.security;

/** What a user may do. See {@link AppRoles} for the checks. */
public enum Role {
    ADMIN("Admin", "Everything, including connections, API allocation, users and deleting data."),
    EDITOR("Editor", "Sync settings, mappings, resync and error remedies."),
    VIEWER("Viewer", "Read-only: Sync Health, settings, mappings and records.");

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
