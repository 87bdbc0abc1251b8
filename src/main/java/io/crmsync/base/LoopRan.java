package io.crmsync.base;

/**
 * One turn of one of crmsync's loops (a poll, the workers' look at the queue, the flush of the call
 * counts) ended; {@code failed} when it threw, or could not do its work and will try again.
 */
public record LoopRan(String loop, boolean failed) {}
