package io.crmsync.budget;

/** An allocation that breaks a rule; the message says what to enter instead. */
public class AllocationRejected extends RuntimeException {

    public AllocationRejected(String message) {
        super(message);
    }
}
