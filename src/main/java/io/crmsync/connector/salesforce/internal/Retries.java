package io.crmsync.connector.salesforce.internal;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.CallBudget;
import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.FailureKind;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import tools.jackson.databind.JsonNode;

/**
 * The retry policy: only {@link FailureKind#RETRYABLE} failures, only while the API budget allows a
 * retry, exponential backoff with 50 % jitter and a cap, and never shorter than the server's
 * Retry-After.
 */
final class Retries {

    private Retries() {}

    static Retry policy(CallBudget budget, SalesforceTuning tuning) {
        IntervalFunction backoff =
                IntervalFunction.ofExponentialRandomBackoff(
                        tuning.initialBackoff(), 2.0, 0.5, tuning.maxBackoff());
        RetryConfig config =
                RetryConfig.<JsonNode>custom()
                        .maxAttempts(tuning.maxAttempts())
                        .retryOnException(
                                e -> isRetryable(e) && budget.mayRetry(ExternalSystem.SALESFORCE))
                        .intervalBiFunction(
                                (attempt, outcome) -> {
                                    long wait = backoff.apply(attempt);
                                    if (outcome.isLeft()
                                            && outcome.getLeft() instanceof ConnectorException ce
                                            && ce.failure().retryAfter() != null) {
                                        return Math.max(wait, ce.failure().retryAfter().toMillis());
                                    }
                                    return wait;
                                })
                        .build();
        return Retry.of("salesforce", config);
    }

    private static boolean isRetryable(Throwable e) {
        return e instanceof ConnectorException ce && ce.failure().kind() == FailureKind.RETRYABLE;
    }
}
