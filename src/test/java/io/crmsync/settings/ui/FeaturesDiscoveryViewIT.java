package io.crmsync.settings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The Features Discovery page. */
@CrmsyncIntegrationTest
class FeaturesDiscoveryViewIT extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void featuresDiscoveryShowsFourFeaturesHonestly() {
        FeaturesDiscoveryView view = navigate(FeaturesDiscoveryView.class);

        assertThat(view.cards.getComponentCount()).isEqualTo(4);
        assertThat(FeaturesDiscoveryView.FEATURES)
                .extracting(FeaturesDiscoveryView.Feature::name)
                .containsExactly(
                        "Syncing custom objects",
                        "Importing records from Salesforce",
                        "Activity sync",
                        "Workflow actions");
        assertThat(FeaturesDiscoveryView.FEATURES)
                .noneMatch(FeaturesDiscoveryView.Feature::available);
    }
}
