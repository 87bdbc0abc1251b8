package io.crmsync.spi;

import io.crmsync.base.ExternalSystem;

/**
 * The connection settings of {@code system} may have changed (saved, tested, replaced or removed),
 * and the change is committed: a connector built from the old settings must not be used again.
 * Published on the node where the change was made.
 */
public record ConnectionChanged(ExternalSystem system) {}
