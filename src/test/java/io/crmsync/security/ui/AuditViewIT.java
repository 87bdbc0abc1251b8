package io.crmsync.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import io.crmsync.security.AuditEntry;
import io.crmsync.security.Role;
import io.crmsync.security.UserService;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@CrmsyncIntegrationTest
@WithMockUser(username = TestAccounts.ADMIN, roles = "ADMIN")
class AuditViewIT extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired UserService users;

    @Test
    void anAdminFindsARoleChangeWithItsBeforeAndAfter() {
        var user = accounts.ensure("audited-user", Role.EDITOR);
        users.changeRole(user.id(), Role.VIEWER);

        AuditView view = navigate(AuditView.class);
        test(view.action).selectItem("User's role changed");
        test(view.search).setValue("audited-user");

        var grid = test(view.grid);
        assertThat(grid.size()).isPositive();
        AuditEntry newest = grid.getRow(0);
        assertThat(newest.actor()).isEqualTo(TestAccounts.ADMIN);
        assertThat(newest.target()).isEqualTo("audited-user");
        assertThat(grid.getCellText(0, 2)).isEqualTo("User's role changed");
        assertThat(grid.getCellText(0, 4)).isEqualTo("role: EDITOR → VIEWER");
    }
}
