package io.crmsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.sandbox.DemoData;
import io.crmsync.sandbox.SandboxServer;

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
}
