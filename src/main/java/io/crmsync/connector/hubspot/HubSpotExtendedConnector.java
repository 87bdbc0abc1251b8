package io.crmsync.connector.hubspot;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connector.hubspot.internal.AssociationReader;
import io.crmsync.connector.hubspot.internal.AssociationWriter;
import io.crmsync.connector.hubspot.internal.ListClient;
import io.crmsync.connector.hubspot.internal.OwnerReader;
import io.crmsync.connector.hubspot.internal.PipelineReader;
import io.crmsync.connector.hubspot.internal.PropertyWriter;
import io.crmsync.spi.ApiLimits;
import io.crmsync.spi.Association;
import io.crmsync.spi.AssociationCapable;
import io.crmsync.spi.AssociationWrite;
import io.crmsync.spi.ChangeCursor;
import io.crmsync.spi.ChangePage;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmList;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.CrmUser;
import io.crmsync.spi.Identity;
import io.crmsync.spi.ListCapable;
import io.crmsync.spi.ObjectSchema;
import io.crmsync.spi.Pipeline;
import io.crmsync.spi.PipelineCapable;
import io.crmsync.spi.PropertyCapable;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.UserDirectory;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The HubSpot connector with its optional capabilities: v4 associations, pipelines, Lists v3 and
 * the owners directory. The records SPI is left to the {@link HubSpotConnector} it wraps; all calls
 * share one client.
 */
final class HubSpotExtendedConnector
        implements CrmConnector,
                AssociationCapable,
                PipelineCapable,
                ListCapable,
                PropertyCapable,
                UserDirectory {

    private final CrmConnector core;
    private final AssociationReader associationReader;
    private final AssociationWriter associationWriter;
    private final PipelineReader pipelineReader;
    private final ListClient listClient;
    private final PropertyWriter propertyWriter;
    private final OwnerReader ownerReader;

    HubSpotExtendedConnector(
            CrmConnector core,
            AssociationReader associationReader,
            AssociationWriter associationWriter,
            PipelineReader pipelineReader,
            ListClient listClient,
            PropertyWriter propertyWriter,
            OwnerReader ownerReader) {
        this.propertyWriter = propertyWriter;
        this.ownerReader = ownerReader;
        this.core = core;
        this.associationReader = associationReader;
        this.associationWriter = associationWriter;
        this.pipelineReader = pipelineReader;
        this.listClient = listClient;
    }

    @Override
    public ExternalSystem system() {
        return core.system();
    }

    @Override
    public ApiLimits limits() {
        return core.limits();
    }

    @Override
    public Identity identity() {
        return core.identity();
    }

    @Override
    public ObjectSchema describe(String objectType) {
        return core.describe(objectType);
    }

    @Override
    public void invalidateSchemas() {
        core.invalidateSchemas();
    }

    @Override
    public ChangePage readChanges(
            String objectType, ChangeCursor cursor, List<String> fields, int pageSize) {
        return core.readChanges(objectType, cursor, fields, pageSize);
    }

    @Override
    public List<CrmRecord> readByIds(
            String objectType, Collection<String> ids, List<String> fields) {
        return core.readByIds(objectType, ids, fields);
    }

    @Override
    public List<CrmRecord> readByKey(
            String objectType, String keyField, Collection<String> values, List<String> fields) {
        return core.readByKey(objectType, keyField, values, fields);
    }

    @Override
    public List<WriteResult> write(
            String objectType, WriteOperation operation, List<RecordWrite> records) {
        return core.write(objectType, operation, records);
    }

    @Override
    public List<Association> readAssociations(
            String fromType, Collection<String> fromIds, String toType) {
        return associationReader.read(fromType, fromIds, toType);
    }

    @Override
    public List<WriteResult> associate(
            String fromType, String toType, List<AssociationWrite> pairs) {
        return associationWriter.associate(fromType, toType, pairs);
    }

    @Override
    public List<WriteResult> dissociate(
            String fromType, String toType, List<AssociationWrite> pairs) {
        return associationWriter.dissociate(fromType, toType, pairs);
    }

    @Override
    public List<CrmUser> users() {
        return ownerReader.owners();
    }

    @Override
    public List<Pipeline> pipelines(String objectType) {
        return pipelineReader.pipelines(objectType);
    }

    @Override
    public List<CrmList> lists() {
        return listClient.lists();
    }

    @Override
    public CrmList createList(String name, String objectType) {
        return listClient.create(name, objectType);
    }

    @Override
    public Set<String> members(String listId) {
        return listClient.members(listId);
    }

    @Override
    public void addMembers(String listId, Collection<String> ids) {
        listClient.add(listId, ids);
    }

    @Override
    public void removeMembers(String listId, Collection<String> ids) {
        listClient.remove(listId, ids);
    }

    @Override
    public boolean ensureUniqueProperty(String objectType, String name, String label) {
        if (core.describe(objectType).field(name).isPresent()) {
            return false;
        }
        String group = objectType.equals("companies") ? "companyinformation" : "contactinformation";
        return propertyWriter.createUnique(objectType, name, label, group);
    }
}
