package io.crmsync.budget;

import java.time.Instant;

/** The calls of one side in the hour starting at {@code hour}. */
public record HourlyCalls(Instant hour, long calls) {}
