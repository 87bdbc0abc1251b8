package io.crmsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.sandbox.DemoData;
import io.crmsync.sandbox.SandboxServer;
import io.crmsync.sandbox.salesforce.schema.SalesProcesses;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

class SalesforceDemoDataIT {

    @Test
    void anEmptySandboxIsSeededOnceAndTheDataSurvivesARestart() {
        ConfigurableApplicationContext first =
                SandboxServer.start("--server.port=0", "--crmsync.sandbox.seed-demo-data=true");
        String url = first.getEnvironment().getProperty("spring.datasource.url");
        SalesforceSandbox sandbox = first.getBean(SalesforceSandbox.class);
        long seed = first.getBean(io.crmsync.sandbox.SandboxProperties.class).seed();
        String firstContact;
        try {
            assertThat(sandbox.count("Account")).isEqualTo(300);
            assertThat(sandbox.count("Contact")).isEqualTo(1500);
            assertThat(sandbox.count("Lead")).isEqualTo(800);
            assertThat(sandbox.count("Opportunity")).isEqualTo(200);
            assertThat(sandbox.count("OpportunityContactRole")).isEqualTo(400);
            assertThat(sandbox.count("Case")).isEqualTo(100);
            var person = DemoData.person(seed, 0, DemoSeeder.COMPANIES, DemoSeeder.DIRTY_SHARE);
            var contact = sandbox.records("Contact", person.email(), 0, 1).getFirst();
            assertThat(contact.values().get("LastName")).isEqualTo(person.lastName());
            firstContact = contact.id();
            assertThat(sandbox.records("Contact", "calif.", 0, 5)).isNotEmpty();
            opportunitiesHaveBothRecordTypesAndTheirAccountsPeopleInRoles(sandbox);
        } finally {
            first.close();
        }

        ConfigurableApplicationContext second =
                SandboxServer.start(
                        "--server.port=0",
                        "--crmsync.sandbox.seed-demo-data=true",
                        "--CRMSYNC_DB_URL=" + url,
                        "--spring.datasource.username=root",
                        "--spring.datasource.password=");
        try {
            SalesforceSandbox restarted = second.getBean(SalesforceSandbox.class);
            assertThat(restarted.count("Contact")).isEqualTo(1500);
            assertThat(restarted.get(firstContact)).isPresent();
        } finally {
            second.close();
        }
    }

    private static void opportunitiesHaveBothRecordTypesAndTheirAccountsPeopleInRoles(
            SalesforceSandbox sandbox) {
        var account = sandbox.records("Account", null, 0, 1).getFirst().values();
        assertThat(account)
                .containsKeys("BillingStreet", "BillingCity", "Industry", "Phone", "Website");
        assertThat(account.get("Industry")).isNotNull();
        var opportunities = sandbox.records("Opportunity", null, 0, 1000);
        Map<Object, Long> byRecordType =
                opportunities.stream()
                        .collect(
                                Collectors.groupingBy(
                                        o -> o.values().get("RecordTypeId"),
                                        Collectors.counting()));
        assertThat(byRecordType)
                .containsOnlyKeys(SalesProcesses.NEW_BUSINESS.id(), SalesProcesses.RENEWAL.id())
                .containsEntry(SalesProcesses.RENEWAL.id(), 66L);
        for (var opportunity : opportunities) {
            String recordType = (String) opportunity.values().get("RecordTypeId");
            assertThat(
                            SalesProcesses.allows(
                                    recordType, (String) opportunity.values().get("StageName")))
                    .as(opportunity.id())
                    .isTrue();
        }
        assertThat(opportunities)
                .extracting(o -> o.values().get("StageName"))
                .contains("Prospecting", "Perception Analysis", "Closed Won", "Closed Lost");
        Map<String, Object> accountOf = new HashMap<>();
        opportunities.forEach(o -> accountOf.put(o.id(), o.values().get("AccountId")));
        var roles = sandbox.records("OpportunityContactRole", null, 0, 1000);
        Map<Object, List<SandboxRecord>> byOpportunity =
                roles.stream().collect(Collectors.groupingBy(r -> r.values().get("OpportunityId")));
        assertThat(byOpportunity).hasSize(200);
        assertThat(byOpportunity.values())
                .extracting(List::size)
                .containsOnly(1, 2, 3)
                .contains(1, 2, 3);
        for (var entry : byOpportunity.entrySet()) {
            assertThat(entry.getValue())
                    .filteredOn(r -> Boolean.TRUE.equals(r.values().get("IsPrimary")))
                    .hasSize(1);
            for (var role : entry.getValue()) {
                var contact = sandbox.get((String) role.values().get("ContactId")).orElseThrow();
                assertThat(contact.values().get("AccountId"))
                        .isEqualTo(accountOf.get(entry.getKey()));
            }
        }
    }
}
