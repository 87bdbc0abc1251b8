package io.crmsync.spi;

import io.crmsync.base.ExternalSystem;

/**
 * Makes connectors for one CRM. One bean per CRM; the Connections page uses it to test settings
 * before they are saved, and the engine to reach the CRM with the settings in force.
 */
public interface CrmConnectorFactory {

    ExternalSystem system();

    /** A connector that uses exactly these settings. Creating it makes no call. */
    CrmConnector connect(ConnectionSettings settings);
}
