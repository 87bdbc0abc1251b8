package io.crmsync.connector.salesforce;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connector.salesforce.internal.CallReporter;
import io.crmsync.connector.salesforce.internal.SalesforceConnector;
import io.crmsync.connector.salesforce.internal.SalesforceTuning;
import io.crmsync.connector.salesforce.internal.Transport;
import io.crmsync.spi.ApiCallObserver;
import io.crmsync.spi.CallBudget;
import io.crmsync.spi.ConnectionSettings;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmConnectorFactory;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes Salesforce connectors (REST API v62.0). All connectors of this factory share one HTTP
 * connection pool and one bulkhead of 25 concurrent queries, the org's limit on concurrent
 * long-running requests.
 */
@Component
@EnableConfigurationProperties(SalesforceProperties.class)
public class SalesforceConnectorFactory implements CrmConnectorFactory {

    private final Clock clock;
    private final JsonMapper json;
    private final Supplier<List<ApiCallObserver>> observers;
    private final Supplier<CallBudget> budget;
    private final SalesforceTuning tuning;
    private final Transport transport = new Transport();

    @Autowired
    SalesforceConnectorFactory(
            Clock clock,
            JsonMapper json,
            ObjectProvider<ApiCallObserver> observers,
            ObjectProvider<CallBudget> budget,
            SalesforceProperties properties) {
        this(
                clock,
                json,
                () -> observers.orderedStream().toList(),
                () -> budget.getIfAvailable(() -> CallBudget.UNLIMITED),
                SalesforceTuning.DEFAULTS.withSafetyLag(properties.safetyLag()));
    }

    /** Observers and budget are looked up at each connect, so that late beans are seen. */
    SalesforceConnectorFactory(
            Clock clock,
            JsonMapper json,
            Supplier<List<ApiCallObserver>> observers,
            Supplier<CallBudget> budget,
            SalesforceTuning tuning) {
        this.clock = clock;
        this.json = json;
        this.observers = observers;
        this.budget = budget;
        this.tuning = tuning;
    }

    @Override
    public ExternalSystem system() {
        return ExternalSystem.SALESFORCE;
    }

    @Override
    public CrmConnector connect(ConnectionSettings settings) {
        return new SalesforceConnector(
                settings,
                transport,
                json,
                new CallReporter(clock, observers.get()),
                budget.get(),
                clock,
                tuning);
    }
}
