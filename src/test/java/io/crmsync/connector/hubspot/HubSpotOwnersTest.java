package io.crmsync.connector.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.spi.CrmUser;
import io.crmsync.spi.UserDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The owners directory follows {@code paging.next.after} and reads archived owners as inactive. */
class HubSpotOwnersTest {

    private final MockHubSpot hubspot;

    HubSpotOwnersTest() throws Exception {
        hubspot = new MockHubSpot();
    }

    @AfterEach
    void tearDown() {
        hubspot.close();
    }

    @Test
    void ownersFollowTheAfterCursorUntilTheLastPage() throws Exception {
        hubspot.answer(
                200,
                """
                {"results":[{"id":"1","email":"a@example.com","firstName":"Ann","lastName":"A",\
                "userId":11,"archived":false}],
                 "paging":{"next":{"after":"2","link":"x"}}}
                """);
        hubspot.answer(
                200,
                """
                {"results":[{"id":"2","email":"","firstName":"Bob","userId":12,"archived":true}]}
                """);

        var users = ((UserDirectory) hubspot.connector()).users();

        assertThat(users)
                .containsExactly(
                        new CrmUser("1", "a@example.com", "Ann A", true),
                        new CrmUser("2", null, "Bob", false));
        var first = hubspot.request();
        assertThat(first.getUrl().encodedPath()).isEqualTo("/crm/v3/owners");
        assertThat(first.getUrl().queryParameter("after")).isNull();
        assertThat(hubspot.request().getUrl().queryParameter("after")).isEqualTo("2");
        assertThat(hubspot.calls.count("owners")).isEqualTo(2);
    }
}
