package io.crmsync.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import io.crmsync.shell.MainLayout;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The Salesforce integration page: a tab per object, then Sync Health and Features Discovery, each
 * at an address of its own inside the page, the old pages' addresses forwarded to their tabs, and
 * one entry for it all in the side menu.
 */
@CrmsyncIntegrationTest
@WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
class IntegrationPageIT extends SpringBrowserlessTest {

    @Test
    void everyTabOpensItsViewInsideThePageWithItsTabSelected() {
        assertThat(IntegrationLayout.TABS)
                .extracting(IntegrationLayout.IntegrationTab::label)
                .containsExactly(
                        "Contacts",
                        "Companies",
                        "Deals",
                        "Tickets",
                        "Activities",
                        "Custom objects",
                        "Sync Health",
                        "Features Discovery");
        for (int i = 0; i < IntegrationLayout.TABS.size(); i++) {
            String path = IntegrationLayout.TABS.get(i).path();
            UI.getCurrent().navigate(path);

            assertThat(location()).isEqualTo(path);
            List<HasElement> chain = chain();
            assertThat(chain).as(path).hasSize(3);
            assertThat(chain.get(0).getClass().getSimpleName())
                    .as(path)
                    .endsWith("View")
                    .isNotEqualTo("IntegrationView");
            assertThat(chain.get(1)).isInstanceOf(IntegrationLayout.class);
            assertThat(chain.get(2)).isInstanceOf(MainLayout.class);
            assertThat(page().tabs.getSelectedIndex()).as(path).isEqualTo(i);
        }
    }

    @Test
    void theTabsViewsAreEachTheirOwn() {
        UI.getCurrent().navigate("integration/companies");
        assertThat(chain().getFirst().getClass().getSimpleName()).isEqualTo("CompaniesView");
        UI.getCurrent().navigate("integration/sync-health");
        assertThat(chain().getFirst().getClass().getSimpleName()).isEqualTo("HealthView");
        UI.getCurrent().navigate("integration/features");
        assertThat(chain().getFirst().getClass().getSimpleName())
                .isEqualTo("FeaturesDiscoveryView");
    }

    @Test
    void choosingATabGoesToItsAddress() {
        UI.getCurrent().navigate("integration/companies");
        IntegrationLayout page = page();

        test(page.tabs).select(2);

        assertThat(location()).isEqualTo("integration/deals");
        assertThat(page().tabs.getSelectedIndex()).isEqualTo(2);
        assertThat(chain().getFirst().getClass().getSimpleName()).isEqualTo("DealsView");

        test(page().tabs).select(6);
        assertThat(location()).isEqualTo("integration/sync-health");
        assertThat(chain().getFirst().getClass().getSimpleName()).isEqualTo("HealthView");
    }

    @Test
    void theMappingsAddressOfAnObjectOpensItsTab() {
        UI.getCurrent().navigate("integration/contacts/mappings");
        assertThat(chain().getFirst().getClass().getSimpleName()).isEqualTo("ContactsView");
        assertThat(page().tabs.getSelectedIndex()).isZero();

        UI.getCurrent().navigate("integration/companies/mappings");
        assertThat(chain().getFirst().getClass().getSimpleName()).isEqualTo("CompaniesView");
        assertThat(page().tabs.getSelectedIndex()).isEqualTo(1);

        UI.getCurrent().navigate("integration/deals/mappings");
        assertThat(chain().getFirst().getClass().getSimpleName()).isEqualTo("DealsView");
        assertThat(page().tabs.getSelectedIndex()).isEqualTo(2);
    }

    @Test
    void thePageItselfOpensItsFirstTab() {
        UI.getCurrent().navigate("integration");

        assertThat(location()).isEqualTo("integration/contacts");
        assertThat(page().tabs.getSelectedIndex()).isZero();
    }

    @Test
    void theOldPagesAddressesOpenTheirTabsWithTheirQueryParameters() {
        Map<String, String> moved =
                Map.of(
                        "contacts", "integration/contacts",
                        "contacts/mappings", "integration/contacts/mappings",
                        "sync-health", "integration/sync-health",
                        "features", "integration/features");
        moved.forEach(
                (old, now) -> {
                    UI.getCurrent().navigate(old, QueryParameters.of("from", "bookmark"));

                    assertThat(location()).as(old).isEqualTo(now);
                    assertThat(
                                    UI.getCurrent()
                                            .getInternals()
                                            .getActiveViewLocation()
                                            .getQueryParameters()
                                            .getParameters())
                            .as(old)
                            .containsEntry("from", List.of("bookmark"));
                    assertThat(chain().get(1)).isInstanceOf(IntegrationLayout.class);
                });
    }

    @Test
    @WithMockUser(username = TestAccounts.ADMIN, roles = "ADMIN")
    void theSideMenuHasOneEntryForTheIntegrationAndThePagesOutsideIt() {
        UI.getCurrent().navigate("integration/deals");

        List<String> entries =
                $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();

        assertThat(entries)
                .containsSubsequence(
                        "Salesforce integration",
                        "Records",
                        "API budget",
                        "Connections",
                        "Users",
                        "Audit log",
                        "My account")
                .doesNotContain(
                        "Contacts", "Contact mappings", "Sync Health", "Features Discovery");
        SideNavItem integration =
                $(SideNavItem.class).all().stream()
                        .filter(item -> item.getLabel().equals("Salesforce integration"))
                        .findFirst()
                        .orElseThrow();
        assertThat(integration.getPath()).isEqualTo("integration");
        assertThat(integration.isMatchNested()).isTrue();
    }

    private IntegrationLayout page() {
        return (IntegrationLayout) chain().get(1);
    }

    private static List<HasElement> chain() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain();
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
