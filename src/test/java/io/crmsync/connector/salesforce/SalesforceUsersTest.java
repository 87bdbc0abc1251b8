package io.crmsync.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.spi.CrmUser;
import io.crmsync.spi.UserDirectory;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The user directory is one SOQL query on User that follows {@code nextRecordsUrl}. */
class SalesforceUsersTest {

    private final MockSalesforce org = new MockSalesforce();

    SalesforceUsersTest() throws IOException {}

    @AfterEach
    void tearDown() {
        org.close();
    }

    @Test
    void usersFollowNextRecordsUrlAndKeepInactiveOnes() throws Exception {
        var connector = (UserDirectory) org.connector();
        org.token();
        org.json(
                200,
                """
                {"totalSize":2,"done":false,"nextRecordsUrl":"/services/data/v62.0/query/01gU-1",
                 "records":[{"attributes":{"type":"User"},"Id":"005A","Email":"ann@example.com",
                 "Name":"Ann A","IsActive":true}]}
                """);
        org.json(
                200,
                """
                {"totalSize":2,"done":true,"records":[{"attributes":{"type":"User"},"Id":"005B",
                 "Email":null,"Name":"Bob B","IsActive":false}]}
                """);

        var users = connector.users();

        assertThat(users)
                .containsExactly(
                        new CrmUser("005A", "ann@example.com", "Ann A", true),
                        new CrmUser("005B", null, "Bob B", false));
        org.server.takeRequest();
        assertThat(org.server.takeRequest().getUrl().queryParameter("q"))
                .isEqualTo("SELECT Id,Email,Name,IsActive FROM User ORDER BY Id");
        assertThat(org.server.takeRequest().getUrl().encodedPath())
                .isEqualTo("/services/data/v62.0/query/01gU-1");
    }
}
