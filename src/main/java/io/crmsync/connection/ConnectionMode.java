package io.crmsync.connection;

/** Whether a side talks to crmsync's built-in sandbox or to a real account. */
public enum ConnectionMode {
    SANDBOX("Sandbox"),
    REAL("Real account");

    private final String label;

    ConnectionMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
