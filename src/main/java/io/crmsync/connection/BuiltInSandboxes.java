package io.crmsync.connection;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.ConnectionSettings;

/**
 * The connection settings of the built-in simulated CRMs. A bean of this type exists only where the
 * simulators are on the classpath: the dev runner, the standalone sandbox server and the tests. The
 * packaged application has none, so there a side without a saved real account is not connected, and
 * no published development secret is known to it.
 */
public interface BuiltInSandboxes {

    /** How crmsync reaches the simulator of {@code system}. */
    ConnectionSettings settings(ExternalSystem system);
}
