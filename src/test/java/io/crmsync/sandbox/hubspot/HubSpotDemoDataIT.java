package io.crmsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.sandbox.DemoData;
import io.crmsync.sandbox.SandboxProperties;
import io.crmsync.sandbox.SandboxServer;
import io.crmsync.testsupport.EmbeddedMariaDb;
import io.crmsync.testsupport.SandboxTestServer;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Seeds a sandbox of its own, then restarts it on the same database. */
class HubSpotDemoDataIT {

    private static ConfigurableApplicationContext start(String database) {
        String url = EmbeddedMariaDb.jdbcUrl(database);
        return SandboxServer.start(
                "--server.port=0",
                "--CRMSYNC_DB_URL=" + url,
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=root",
                "--spring.datasource.password=",
                "--crmsync.sandbox.seed-demo-data=true");
    }

    @Test
    void anEmptySandboxIsSeededOnceAndEverythingSurvivesARestart() {
        SandboxTestServer.baseUrl();
        EmbeddedMariaDb.createDatabase("crmsync_hs_demo");
        long seed;
        String created;
        Map<String, String> firstPerson;
        try (var context = start("crmsync_hs_demo")) {
            HubSpotSandbox sandbox = context.getBean(HubSpotSandbox.class);
            seed = context.getBean(SandboxProperties.class).seed();
            assertThat(sandbox.records("contacts", 0, 1, null).total()).isEqualTo(3000);
            assertThat(sandbox.records("companies", 0, 1, null).total()).isEqualTo(300);
            assertThat(sandbox.records("deals", 0, 1, null).total()).isEqualTo(300);
            assertThat(sandbox.records("tickets", 0, 1, null).total()).isEqualTo(100);
            assertThat(sandbox.records("notes", 0, 1, null).total()).isPositive();
            DemoData.Person person =
                    DemoData.person(seed, 0, DemoSeeder.COMPANIES, DemoSeeder.DIRTY_SHARE);
            var found = sandbox.records("contacts", 0, 1, person.email()).records().getFirst();
            assertThat(found.properties())
                    .containsEntry("firstname", person.firstName())
                    .containsEntry("hubspot_owner_id", Owners.DEMO_OWNER.id());
            firstPerson = found.properties();
            int dirty =
                    IntStream.range(0, 3000)
                            .filter(
                                    i ->
                                            DemoData.person(seed, i, 300, 0.1).dirt()
                                                    == DemoData.Dirt.BAD_EMAIL)
                            .findFirst()
                            .orElseThrow();
            String badEmail = DemoData.person(seed, dirty, 300, 0.1).email();
            assertThat(sandbox.records("contacts", 0, 5, badEmail).records())
                    .anyMatch(r -> badEmail.equals(r.properties().get("email")));
            dealsAreInBothPipelinesWithTheirCompanyAndItsPeople(context, sandbox);
            created = sandbox.create("contacts", Map.of("email", "after.seed@example.com")).id();
        }

        try (var context = start("crmsync_hs_demo")) {
            HubSpotSandbox sandbox = context.getBean(HubSpotSandbox.class);
            assertThat(sandbox.records("contacts", 0, 1, null).total()).isEqualTo(3001);
            assertThat(sandbox.record("contacts", created).properties())
                    .containsEntry("email", "after.seed@example.com");
            assertThat(
                            sandbox.records("contacts", 0, 1, firstPerson.get("email"))
                                    .records()
                                    .getFirst()
                                    .properties())
                    .isEqualTo(firstPerson);
            var port =
                    ((org.springframework.boot.web.server.context.WebServerApplicationContext)
                                    context)
                            .getWebServer()
                            .getPort();
            var list =
                    java.net.http.HttpClient.newHttpClient()
                            .send(
                                    java.net.http.HttpRequest.newBuilder(
                                                    java.net.URI.create(
                                                            "http://localhost:"
                                                                    + port
                                                                    + "/sandbox/hubspot/crm/v3/lists/object-type-id/0-1/name/Sync%20to%20Salesforce"))
                                            .header("Authorization", "Bearer pat-na1-sandbox-token")
                                            .build(),
                                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).contains("\"processingType\":\"DYNAMIC\"");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void dealsAreInBothPipelinesWithTheirCompanyAndItsPeople(
            ConfigurableApplicationContext context, HubSpotSandbox sandbox) {
        Associations associations = context.getBean(Associations.class);
        var deals = sandbox.records("deals", 0, 300, null).records();
        assertThat(deals)
                .extracting(d -> d.properties().get("pipeline"))
                .containsOnly("default", Pipelines.RENEWALS.id());
        assertThat(deals)
                .filteredOn(d -> Pipelines.RENEWALS.id().equals(d.properties().get("pipeline")))
                .hasSize(100)
                .allMatch(
                        d -> Pipelines.RENEWALS.stage(d.properties().get("dealstage")).isPresent());
        for (var deal : deals) {
            long id = Long.parseLong(deal.id());
            var companies = associations.of("0-3", id, "0-2");
            assertThat(companies).as(deal.id()).hasSize(1);
            long company = companies.firstKey();
            assertThat(companies.get(company))
                    .contains(new Associations.Kind("HUBSPOT_DEFINED", 5));
            var contacts = associations.of("0-3", id, "0-1");
            assertThat(contacts.size()).as(deal.id()).isBetween(1, 3);
            for (long contact : contacts.keySet()) {
                assertThat(associations.of("0-1", contact, "0-2")).containsKey(company);
            }
        }
    }
}
