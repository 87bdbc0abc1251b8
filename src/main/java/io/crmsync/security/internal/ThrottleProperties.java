package io.crmsync.security.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code maxFailures} failed sign-ins from one address within {@code window} refuse that address
 * for {@code block}.
 */
@ConfigurationProperties("crmsync.security.throttle")
record ThrottleProperties(int maxFailures, Duration window, Duration block) {}
