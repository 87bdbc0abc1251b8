package io.crmsync.sandbox;

/** A change to a sandbox record that the simulated CRM refused, with the CRM's own reason. */
public class SandboxEditRejected extends RuntimeException {

    public SandboxEditRejected(String message, Throwable cause) {
        super(message, cause);
    }
}
