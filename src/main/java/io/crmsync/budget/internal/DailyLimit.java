package io.crmsync.budget.internal;

import java.time.Instant;

/** A CRM's own daily API usage and limit, as its latest response reported them. */
public record DailyLimit(long used, long limit, Instant observedAt) {}
