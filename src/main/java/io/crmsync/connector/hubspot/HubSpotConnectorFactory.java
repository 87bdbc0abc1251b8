package io.crmsync.connector.hubspot;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connector.RecentWrites;
import io.crmsync.connector.hubspot.internal.AssociationReader;
import io.crmsync.connector.hubspot.internal.AssociationWriter;
import io.crmsync.connector.hubspot.internal.BatchWriter;
import io.crmsync.connector.hubspot.internal.CallReporter;
import io.crmsync.connector.hubspot.internal.ChangeReader;
import io.crmsync.connector.hubspot.internal.CreateRecovery;
import io.crmsync.connector.hubspot.internal.HttpClients;
import io.crmsync.connector.hubspot.internal.HubSpotClient;
import io.crmsync.connector.hubspot.internal.HubSpotOptions;
import io.crmsync.connector.hubspot.internal.HubSpotRateLimiters;
import io.crmsync.connector.hubspot.internal.IdentityReader;
import io.crmsync.connector.hubspot.internal.LimitsReader;
import io.crmsync.connector.hubspot.internal.ListClient;
import io.crmsync.connector.hubspot.internal.OwnerReader;
import io.crmsync.connector.hubspot.internal.PipelineReader;
import io.crmsync.connector.hubspot.internal.PropertyWriter;
import io.crmsync.connector.hubspot.internal.RecordReader;
import io.crmsync.connector.hubspot.internal.SchemaReader;
import io.crmsync.spi.ApiCallObserver;
import io.crmsync.spi.AuthFlow;
import io.crmsync.spi.CallBudget;
import io.crmsync.spi.ConnectionSettings;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmConnectorFactory;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes HubSpot connectors. One HTTP connection pool serves them all; the client-side rate limits
 * are kept per app (base URL and client id or token), so that connectors made one after another for
 * the same app share one allowance.
 */
@Component
@EnableConfigurationProperties(HubSpotProperties.class)
public class HubSpotConnectorFactory implements CrmConnectorFactory {

    private final Clock clock;
    private final JsonMapper json;
    private final Supplier<List<ApiCallObserver>> observers;
    private final ObjectProvider<CallBudget> budget;
    private final HubSpotOptions options;
    private final HttpClients http;
    private final Map<String, HubSpotRateLimiters> limiters = new ConcurrentHashMap<>();

    @Autowired
    HubSpotConnectorFactory(
            Clock clock,
            JsonMapper json,
            ObjectProvider<ApiCallObserver> observers,
            ObjectProvider<CallBudget> budget,
            HubSpotProperties properties) {
        this(
                clock,
                json,
                () -> observers.orderedStream().toList(),
                budget,
                new HubSpotOptions(
                        properties.requestsPerTenSeconds(),
                        properties.searchPerSecond(),
                        HubSpotOptions.DEFAULTS.permitWait(),
                        HubSpotOptions.DEFAULTS.maxAttempts(),
                        HubSpotOptions.DEFAULTS.initialBackoff(),
                        HubSpotOptions.DEFAULTS.maxBackoff(),
                        properties.safetyLag(),
                        properties.deletesEvery(),
                        HubSpotOptions.DEFAULTS.schemaTtl(),
                        HubSpotOptions.DEFAULTS.timeout()));
    }

    HubSpotConnectorFactory(
            Clock clock,
            JsonMapper json,
            Supplier<List<ApiCallObserver>> observers,
            ObjectProvider<CallBudget> budget,
            HubSpotOptions options) {
        this.clock = clock;
        this.json = json;
        this.observers = observers;
        this.budget = budget;
        this.options = options;
        this.http = new HttpClients(options.timeout());
    }

    @Override
    public ExternalSystem system() {
        return ExternalSystem.HUBSPOT;
    }

    @Override
    public CrmConnector connect(ConnectionSettings settings) {
        Objects.requireNonNull(settings.baseUrl(), "baseUrl");
        CallBudget calls = budget.getIfAvailable(() -> CallBudget.UNLIMITED);
        HubSpotClient client =
                new HubSpotClient(
                        settings,
                        http,
                        json,
                        new CallReporter(clock, observers.get()),
                        calls,
                        options,
                        limiters.computeIfAbsent(
                                appKey(settings),
                                key -> HubSpotRateLimiters.of("hubspot", options)));
        SchemaReader schemas = new SchemaReader(client, clock, options.schemaTtl());
        RecentWrites recentWrites = new RecentWrites();
        CrmConnector core =
                new HubSpotConnector(
                        new IdentityReader(client, settings.flow()),
                        schemas,
                        new ChangeReader(
                                client,
                                clock,
                                options.safetyLag(),
                                options.deletesEvery(),
                                recentWrites),
                        new RecordReader(client),
                        new BatchWriter(
                                client, new CreateRecovery(client, calls, options), schemas::known),
                        new LimitsReader(client),
                        recentWrites,
                        clock);
        return new HubSpotExtendedConnector(
                core,
                new AssociationReader(client),
                new AssociationWriter(client),
                new PipelineReader(client),
                new ListClient(client),
                new PropertyWriter(client, schemas),
                new OwnerReader(client));
    }

    private static String appKey(ConnectionSettings settings) {
        String app =
                settings.flow() == AuthFlow.HUBSPOT_OAUTH
                        ? settings.clientId()
                        : Integer.toHexString(Objects.hashCode(settings.accessToken()));
        return settings.baseUrl() + "|" + app;
    }
}
