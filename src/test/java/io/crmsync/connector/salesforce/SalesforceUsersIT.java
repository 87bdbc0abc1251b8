package io.crmsync.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.spi.CrmUser;
import io.crmsync.spi.UserDirectory;
import io.crmsync.testsupport.SandboxTestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Salesforce connector's user directory against the Salesforce sandbox over HTTP, and its
 * users' emails against the HubSpot sandbox's owners: the two sandboxes share all but one.
 */
class SalesforceUsersIT {

    private final SalesforceSandboxSupport support = new SalesforceSandboxSupport();

    @Test
    void theOrgsUsersAreListedWithTheirEmailsInOneReportedQuery() {
        var users = ((UserDirectory) support.connector()).users();

        assertThat(users)
                .extracting(CrmUser::email)
                .contains(
                        "integration@crmsync-sandbox.example.com",
                        "sam.seller@crmsync-sandbox.example.com");
        assertThat(users)
                .allSatisfy(
                        user -> {
                            assertThat(user.id()).startsWith("005");
                            assertThat(user.active()).isTrue();
                        });
        assertThat(users)
                .filteredOn(u -> "sam.seller@crmsync-sandbox.example.com".equals(u.email()))
                .singleElement()
                .satisfies(u -> assertThat(u.name()).isEqualTo("Sam Seller"));
        assertThat(support.count("query")).isEqualTo(1);
        assertThat(support.calls)
                .filteredOn(c -> c.operation().equals("query"))
                .singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(200));
    }

    @Test
    void everyUserHasAHubSpotOwnerWithTheSameEmailAndOneOwnerHasNoUser() throws Exception {
        List<String> users =
                ((UserDirectory) support.connector()).users().stream().map(CrmUser::email).toList();

        List<String> owners = hubSpotOwnerEmails();

        assertThat(owners).containsAll(users);
        assertThat(owners).hasSize(users.size() + 1);
    }

    private static List<String> hubSpotOwnerEmails() throws Exception {
        var request =
                HttpRequest.newBuilder(
                                URI.create(SandboxTestServer.hubspotUrl() + "/crm/v3/owners"))
                        .header("Authorization", "Bearer pat-na1-sandbox-token")
                        .build();
        String body;
        try (HttpClient client = HttpClient.newHttpClient()) {
            body = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
        }
        List<String> emails = new ArrayList<>();
        JsonMapper.builder()
                .build()
                .readTree(body)
                .path("results")
                .forEach(o -> emails.add(o.path("email").asString()));
        return emails;
    }
}
