package io.crmsync.security.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("crmsync.security.lockout")
record LockoutProperties(int maxFailedAttempts, Duration duration) {}
