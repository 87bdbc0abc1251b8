package io.crmsync.spi;

import io.crmsync.base.ExternalSystem;
import java.time.Duration;
import java.time.Instant;

/**
 * One HTTP call a connector made: which side, object and operation ({@code query}, {@code
 * batch-create}, {@code search}), the HTTP status (0 when no answer came), when, and how long it
 * took. When the response told the CRM's own daily usage (Salesforce's {@code Sforce-Limit-Info},
 * HubSpot's {@code X-HubSpot-RateLimit-Daily} headers), {@code dailyUsed} and {@code dailyLimit}
 * carry it; otherwise they are null.
 */
public record ApiCall(
        ExternalSystem system,
        String objectType,
        String operation,
        int status,
        Instant at,
        Duration elapsed,
        Long dailyUsed,
        Long dailyLimit) {}
