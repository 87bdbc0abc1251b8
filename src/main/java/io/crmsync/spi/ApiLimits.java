package io.crmsync.spi;

import java.time.Instant;

/**
 * The CRM's own daily API allowance, as the CRM last told it. Parts the CRM does not tell are null.
 *
 * @param dailyLimit requests allowed per day (Salesforce: rolling 24 hours, org-wide)
 * @param dailyRemaining requests still left of {@code dailyLimit}
 * @param asOf when the CRM told it
 */
public record ApiLimits(Long dailyLimit, Long dailyRemaining, Instant asOf) {}
