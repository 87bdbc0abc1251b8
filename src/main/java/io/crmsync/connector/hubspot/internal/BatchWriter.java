package io.crmsync.connector.hubspot.internal;

import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.FailureKind;
import io.crmsync.spi.ObjectSchema;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.SyncFailure;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Batch create, update, upsert and archive, 100 inputs a call, each input tagged with its reference
 * as {@code objectWriteTraceId} so that HubSpot reports failures per input (207) and results map
 * back whatever order they come in.
 *
 * <p>Inputs that HubSpot's property definitions already refuse fail on their own, before the call
 * ({@link InputChecks}): HubSpot fails a whole batch for one of them, and a failed call costs
 * quota.
 *
 * <p>When a call fails for good part way, the results of earlier chunks are kept and the inputs not
 * yet written carry the failure; a failure that stops the sync (auth, fatal) is thrown.
 */
public final class BatchWriter {

    static final int BATCH_SIZE = 100;

    private static final Pattern EXISTING_ID = Pattern.compile("Existing ID: (\\d+)");

    private final HubSpotClient client;
    private final CreateRecovery recovery;
    private final Function<String, ObjectSchema> schemas;

    public BatchWriter(
            HubSpotClient client, CreateRecovery recovery, Function<String, ObjectSchema> schemas) {
        this.client = client;
        this.recovery = recovery;
        this.schemas = schemas;
    }

    public List<WriteResult> write(
            String type, WriteOperation operation, List<RecordWrite> records) {
        Map<String, WriteResult> results = new LinkedHashMap<>();
        boolean anyWritten = false;
        for (int from = 0; from < records.size(); from += BATCH_SIZE) {
            List<RecordWrite> chunk =
                    records.subList(from, Math.min(records.size(), from + BATCH_SIZE));
            try {
                results.putAll(writeChunk(type, operation, chunk));
                anyWritten = true;
            } catch (ConnectorException e) {
                FailureKind kind = e.failure().kind();
                if (kind != FailureKind.RETRYABLE || !anyWritten) {
                    throw e;
                }
                records.subList(from, records.size())
                        .forEach(r -> results.put(r.reference(), failed(r, e.failure())));
                break;
            }
        }
        return records.stream().map(r -> results.get(r.reference())).toList();
    }

    private Map<String, WriteResult> writeChunk(
            String type, WriteOperation operation, List<RecordWrite> chunk) {
        Map<String, WriteResult> results = new LinkedHashMap<>();
        List<RecordWrite> sendable = new ArrayList<>();
        for (RecordWrite record : chunk) {
            SyncFailure invalid = BatchInputs.check(operation, record);
            if (invalid == null) {
                sendable.add(record);
            } else {
                results.put(record.reference(), failed(record, invalid));
            }
        }
        Map<String, SyncFailure> refused =
                operation == WriteOperation.DELETE || sendable.isEmpty()
                        ? Map.of()
                        : InputChecks.refused(type, schemas.apply(type), sendable);
        List<RecordWrite> valid = new ArrayList<>();
        for (RecordWrite record : sendable) {
            SyncFailure invalid = refused.get(record.reference());
            if (invalid == null) {
                valid.add(record);
            } else {
                results.put(record.reference(), failed(record, invalid));
            }
        }
        if (valid.isEmpty()) {
            return results;
        }
        results.putAll(send(type, operation, valid));
        return results;
    }

    /**
     * A batch that HubSpot refuses as a whole (a 400 or 409 without per-input results, as upsert
     * answers) wrote nothing. The inputs its message names fail, and the others are sent again
     * once; when it names none, the batch is split in halves and sent again until the refused
     * inputs are alone: one bad record must not fail its neighbours.
     */
    private Map<String, WriteResult> send(
            String type, WriteOperation operation, List<RecordWrite> inputs) {
        String endpoint = BatchInputs.endpoint(operation);
        ApiRequest request =
                ApiRequest.post(
                        "/crm/v3/objects/" + type + "/batch/" + endpoint,
                        Map.of("inputs", BatchInputs.inputs(operation, inputs)),
                        type,
                        "batch-" + endpoint);
        try {
            return operation == WriteOperation.CREATE
                    ? recovery.create(type, request.notRepeatable(), inputs)
                    : BatchResults.match(operation, inputs, client.send(request));
        } catch (ConnectorException e) {
            if (e.failure().kind() != FailureKind.RECORD_REJECTED) {
                throw e;
            }
            Map<String, WriteResult> results = new LinkedHashMap<>();
            List<RecordWrite> named = NamedInputs.named(e.failure(), inputs);
            if (named.isEmpty()) {
                named = conflicting(type, e.failure(), inputs);
            }
            if (!named.isEmpty()) {
                named.forEach(r -> results.put(r.reference(), failed(r, e.failure())));
                List<RecordWrite> rest = new ArrayList<>(inputs);
                rest.removeAll(named);
                if (!rest.isEmpty()) {
                    results.putAll(send(type, operation, rest));
                }
                return results;
            }
            if (inputs.size() == 1) {
                results.put(inputs.getFirst().reference(), failed(inputs.getFirst(), e.failure()));
                return results;
            }
            int half = inputs.size() / 2;
            results.putAll(send(type, operation, inputs.subList(0, half)));
            results.putAll(send(type, operation, inputs.subList(half, inputs.size())));
            return results;
        }
    }

    /**
     * A 409 names the contact that holds an input's email ("Existing ID: 123"), not the input: one
     * read of that contact's email names it.
     */
    private List<RecordWrite> conflicting(
            String type, SyncFailure failure, List<RecordWrite> inputs) {
        Matcher existing = EXISTING_ID.matcher(failure.message() == null ? "" : failure.message());
        if (!"contacts".equals(type) || !existing.find()) {
            return List.of();
        }
        List<String> emails =
                new RecordReader(client)
                        .read(type, null, List.of(existing.group(1)), List.of("email")).stream()
                                .map(r -> Objects.toString(r.fields().get("email"), null))
                                .filter(Objects::nonNull)
                                .toList();
        return inputs.stream()
                .filter(
                        r ->
                                emails.stream()
                                        .anyMatch(
                                                email ->
                                                        email.equalsIgnoreCase(
                                                                Objects.toString(
                                                                        r.fields().get("email"),
                                                                        ""))))
                .toList();
    }

    static WriteResult failed(RecordWrite record, SyncFailure failure) {
        return new WriteResult(record.reference(), record.id(), false, failure);
    }
}
