package io.crmsync.connector.salesforce.internal;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connector.RecentWrites;
import io.crmsync.spi.ApiLimits;
import io.crmsync.spi.CallBudget;
import io.crmsync.spi.ChangeCursor;
import io.crmsync.spi.ChangePage;
import io.crmsync.spi.ConnectionSettings;
import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.CrmUser;
import io.crmsync.spi.Identity;
import io.crmsync.spi.ObjectSchema;
import io.crmsync.spi.Pipeline;
import io.crmsync.spi.PipelineCapable;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.UserDirectory;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Salesforce REST v62.0 behind the connector SPI. Making one calls nothing; the first call fetches
 * a token. {@link #identity()} costs at most that token call, {@link #limits()} one call.
 */
public final class SalesforceConnector implements CrmConnector, UserDirectory, PipelineCapable {

    private final SalesforceHttp http;
    private final Queries queries;
    private final OpportunityStages stages;
    private final CollectionWriter writer;
    private final Describer describer;
    private final Clock clock;
    private final RecentWrites recentWrites;

    public SalesforceConnector(
            ConnectionSettings settings,
            Transport transport,
            JsonMapper json,
            CallReporter reporter,
            CallBudget budget,
            Clock clock,
            SalesforceTuning tuning) {
        OkHttpClient http =
                transport
                        .client
                        .newBuilder()
                        .connectTimeout(tuning.timeout())
                        .readTimeout(tuning.timeout())
                        .writeTimeout(tuning.timeout())
                        .build();
        SalesforceAuth auth = new SalesforceAuth(settings, http, json, reporter);
        this.http =
                new SalesforceHttp(auth, http, json, reporter, budget, transport.queries, tuning);
        this.recentWrites = new RecentWrites();
        this.queries = new Queries(this.http, clock, tuning.safetyLag(), recentWrites);
        this.writer = new CollectionWriter(this.http);
        this.stages = new OpportunityStages(this.queries, this.http);
        this.describer = new Describer(this.http, clock, tuning.describeTtl());
        this.clock = clock;
    }

    @Override
    public ExternalSystem system() {
        return ExternalSystem.SALESFORCE;
    }

    @Override
    public Identity identity() {
        Session session = http.session();
        return new Identity(
                session.orgId(),
                session.userId(),
                null,
                SalesforceHttp.VERSION,
                session.instanceUrl());
    }

    /** One {@code GET /limits}; its {@code DailyApiRequests} entry. */
    @Override
    public ApiLimits limits() {
        JsonNode body = http.execute(SfCall.read("/limits", null, "limits"));
        JsonNode daily = body == null ? null : body.path("DailyApiRequests");
        return new ApiLimits(number(daily, "Max"), number(daily, "Remaining"), clock.instant());
    }

    private static Long number(JsonNode entry, String name) {
        JsonNode value = entry == null ? null : entry.get(name);
        return value != null && value.isNumber() ? value.asLong() : null;
    }

    @Override
    public ObjectSchema describe(String objectType) {
        return schemaAware(() -> describer.describe(objectType));
    }

    @Override
    public void invalidateSchemas() {
        describer.invalidate();
    }

    @Override
    public ChangePage readChanges(
            String objectType, ChangeCursor cursor, List<String> fields, int pageSize) {
        return schemaAware(() -> queries.changes(objectType, cursor, fields, pageSize));
    }

    @Override
    public List<CrmRecord> readByIds(
            String objectType, Collection<String> ids, List<String> fields) {
        return schemaAware(() -> queries.byIds(objectType, ids, fields));
    }

    @Override
    public List<CrmRecord> readByKey(
            String objectType, String keyField, Collection<String> values, List<String> fields) {
        return schemaAware(() -> queries.byValues(objectType, keyField, values, fields));
    }

    /** Several types in one {@code /composite} call per chunk of values. */
    @Override
    public List<CrmRecord> readByKey(
            List<String> objectTypes,
            String keyField,
            Collection<String> values,
            java.util.function.Function<String, List<String>> fieldsOf) {
        return schemaAware(() -> queries.byValues(objectTypes, keyField, values, fieldsOf));
    }

    /**
     * Opportunity stages by record type ({@link OpportunityStages}); Salesforce has no other
     * pipelines.
     */
    @Override
    public List<Pipeline> pipelines(String objectType) {
        if (!"Opportunity".equals(objectType)) {
            return List.of();
        }
        return stages.pipelines();
    }

    /** The org's users with {@code SELECT Id, Email, Name, IsActive FROM User}. */
    @Override
    public List<CrmUser> users() {
        return queries.users();
    }

    /**
     * Writes with sObject Collections. Creates are sent once and never retried; use {@link
     * WriteOperation#UPSERT} for writes that must survive a lost answer.
     */
    @Override
    public List<WriteResult> write(
            String objectType, WriteOperation operation, List<RecordWrite> records) {
        recentWrites.writing(objectType, clock.instant(), records.size());
        List<WriteResult> results = writer.write(objectType, operation, records);
        if (results.stream()
                .anyMatch(r -> r.failure() != null && "INVALID_FIELD".equals(r.failure().code()))) {
            describer.invalidate();
        }
        return results;
    }

    private <T> T schemaAware(Supplier<T> call) {
        try {
            return call.get();
        } catch (ConnectorException e) {
            if ("INVALID_FIELD".equals(e.failure().code())) {
                describer.invalidate();
            }
            throw e;
        }
    }
}
