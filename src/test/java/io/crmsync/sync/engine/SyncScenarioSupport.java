package io.crmsync.sync.engine;

import io.crmsync.connection.Connectors;
import io.crmsync.settings.ContactSettingsService;
import io.crmsync.testsupport.MutableClock;
import io.crmsync.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The fixture for engine scenario tests, with the default settings before each test. */
abstract class SyncScenarioSupport {

    @Autowired Connectors connectors;
    @Autowired SyncJobs jobs;
    @Autowired LinkStore links;
    @Autowired Suspension suspension;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired ContactSettingsService settingsService;
    @Autowired TestAccounts accounts;

    @org.springframework.boot.test.web.server.LocalServerPort int serverPort;

    SyncFixture sync;

    @BeforeEach
    void fixture() {
        accounts.ensureAll();
        sync = new SyncFixture(connectors, jobs, links, suspension, clock, jdbc, settingsService);
        sync.port = serverPort;
        suspension.clear();
        sync.resetSettings();
        sync.settle();
    }

    @AfterEach
    void cleanUp() {
        suspension.clear();
    }
}
