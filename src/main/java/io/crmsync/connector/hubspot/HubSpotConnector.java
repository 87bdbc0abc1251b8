package io.crmsync.connector.hubspot;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connector.RecentWrites;
import io.crmsync.connector.hubspot.internal.BatchWriter;
import io.crmsync.connector.hubspot.internal.ChangeReader;
import io.crmsync.connector.hubspot.internal.IdentityReader;
import io.crmsync.connector.hubspot.internal.LimitsReader;
import io.crmsync.connector.hubspot.internal.RecordReader;
import io.crmsync.connector.hubspot.internal.SchemaReader;
import io.crmsync.spi.ApiLimits;
import io.crmsync.spi.ChangeCursor;
import io.crmsync.spi.ChangePage;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.Identity;
import io.crmsync.spi.ObjectSchema;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

/** HubSpot CRM v3 behind the sync engine's SPI; the work is done by the internal readers. */
final class HubSpotConnector implements CrmConnector {

    private final IdentityReader identity;
    private final SchemaReader schemas;
    private final ChangeReader changes;
    private final RecordReader records;
    private final BatchWriter writer;
    private final LimitsReader limits;
    private final RecentWrites recentWrites;
    private final Clock clock;

    HubSpotConnector(
            IdentityReader identity,
            SchemaReader schemas,
            ChangeReader changes,
            RecordReader records,
            BatchWriter writer,
            LimitsReader limits,
            RecentWrites recentWrites,
            Clock clock) {
        this.recentWrites = recentWrites;
        this.clock = clock;
        this.identity = identity;
        this.schemas = schemas;
        this.changes = changes;
        this.records = records;
        this.writer = writer;
        this.limits = limits;
    }

    @Override
    public ExternalSystem system() {
        return ExternalSystem.HUBSPOT;
    }

    @Override
    public Identity identity() {
        return identity.identity();
    }

    @Override
    public ApiLimits limits() {
        return limits.limits();
    }

    @Override
    public ObjectSchema describe(String objectType) {
        return schemas.describe(objectType);
    }

    @Override
    public void invalidateSchemas() {
        schemas.invalidate();
    }

    @Override
    public ChangePage readChanges(
            String objectType, ChangeCursor cursor, List<String> fields, int pageSize) {
        return changes.read(objectType, cursor, fields, pageSize);
    }

    @Override
    public List<CrmRecord> readByIds(
            String objectType, Collection<String> ids, List<String> fields) {
        return records.read(objectType, null, ids, fields);
    }

    @Override
    public List<CrmRecord> readByKey(
            String objectType, String keyField, Collection<String> values, List<String> fields) {
        boolean byId = "hs_object_id".equals(keyField) || "id".equals(keyField);
        return records.read(objectType, byId ? null : keyField, values, fields);
    }

    @Override
    public List<WriteResult> write(
            String objectType, WriteOperation operation, List<RecordWrite> writes) {
        recentWrites.writing(objectType, clock.instant(), writes.size());
        return writer.write(objectType, operation, writes);
    }
}
