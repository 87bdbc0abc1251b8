package io.crmsync.connector.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.spi.Association;
import io.crmsync.spi.AssociationCapable;
import io.crmsync.spi.AssociationWrite;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import io.crmsync.testsupport.MutableClock;
import io.crmsync.testsupport.SandboxTestServer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Notes and tasks are ordinary object types: written, read and associated to a contact. */
class HubSpotEngagementsIT {

    private final CallLog calls = new CallLog();
    private final CrmConnector connector =
            TestConnectors.privateApp(
                    SandboxTestServer.hubspotUrl(), new MutableClock(Instant.now()), calls);
    private final AssociationCapable associations = (AssociationCapable) connector;

    @Test
    void aNoteAndATaskAreWrittenAndAssociatedToAContact() {
        String domain = UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        String contact =
                connector
                        .write(
                                "contacts",
                                WriteOperation.CREATE,
                                TestConnectors.contacts(domain, 1))
                        .getFirst()
                        .id();
        WriteResult note =
                created(
                        "notes",
                        Map.of(
                                "hs_timestamp", "2026-05-01T08:00:00.000Z",
                                "hs_note_body", "Called about renewal"));
        WriteResult task =
                created(
                        "tasks",
                        Map.of(
                                "hs_timestamp", "2026-05-02T08:00:00.000Z",
                                "hs_task_subject", "Send the renewal quote",
                                "hs_task_status", "NOT_STARTED"));

        List<WriteResult> noteLink =
                associations.associate(
                        "notes",
                        "contacts",
                        List.of(new AssociationWrite("n", note.id(), contact, null, null)));
        List<WriteResult> taskLink =
                associations.associate(
                        "tasks",
                        "contacts",
                        List.of(
                                new AssociationWrite(
                                        "t", task.id(), contact, "HUBSPOT_DEFINED", 204)));

        assertThat(noteLink).singleElement().matches(WriteResult::succeeded);
        assertThat(taskLink).singleElement().matches(WriteResult::succeeded);
        assertThat(associations.readAssociations("contacts", List.of(contact), "notes"))
                .extracting(Association::toId)
                .containsExactly(note.id());
        assertThat(associations.readAssociations("contacts", List.of(contact), "tasks"))
                .extracting(Association::toId)
                .containsExactly(task.id());
        List<CrmRecord> notes =
                connector.readByIds("notes", List.of(note.id()), List.of("hs_note_body"));
        assertThat(notes)
                .singleElement()
                .satisfies(
                        n ->
                                assertThat(n.fields())
                                        .containsEntry("hs_note_body", "Called about renewal"));
    }

    private WriteResult created(String type, Map<String, Object> fields) {
        WriteResult result =
                connector
                        .write(
                                type,
                                WriteOperation.CREATE,
                                List.of(new RecordWrite(type, null, null, fields)))
                        .getFirst();
        assertThat(result.succeeded()).as("%s created: %s", type, result.failure()).isTrue();
        return result;
    }
}
