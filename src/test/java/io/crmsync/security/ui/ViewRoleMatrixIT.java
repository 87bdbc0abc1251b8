package io.crmsync.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import io.crmsync.security.AppRoles;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Typing a view's address: each role reaches exactly the views it may see; the rest are refused.
 */
@CrmsyncIntegrationTest
class ViewRoleMatrixIT extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;

    @BeforeEach
    void users() {
        accounts.ensureAll();
    }

    @Test
    @WithMockUser(username = TestAccounts.ADMIN, roles = "ADMIN")
    void anAdminReachesEveryView() {
        assertThat(open("")).isInstanceOf(AccountView.class);
        assertThat(open("users")).isInstanceOf(UsersView.class);
        assertThat(open("audit")).isInstanceOf(AuditView.class);
        assertThat(open("account")).isInstanceOf(AccountView.class);
    }

    @Test
    @WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
    void anEditorIsRefusedUsersAndAudit() {
        assertThat(open("account")).isInstanceOf(AccountView.class);
        assertThat(open("users") instanceof UsersView).isFalse();
        assertThat(open("audit") instanceof AuditView).isFalse();
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void aViewerWhoTypesTheUsersAddressIsRefused() {
        assertThat(open("account")).isInstanceOf(AccountView.class);
        assertThat(open("users") instanceof UsersView).isFalse();
        assertThat(open("audit") instanceof AuditView).isFalse();
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorSeesNoProtectedView() {
        // Access control sends the browser to the login page with a full page load, which a
        // browserless UI does not perform: what matters here is that no protected view opens.
        assertThat(open("") instanceof AccountView).isFalse();
        assertThat(open("users") instanceof UsersView).isFalse();
        assertThat(open("audit") instanceof AuditView).isFalse();
        assertThat(open("change-password") instanceof ChangePasswordView).isFalse();
    }

    @Test
    @WithMockUser(username = TestAccounts.MUST_CHANGE, roles = AppRoles.PASSWORD_CHANGE_PENDING)
    void aUserWithATemporaryPasswordIsKeptOnTheChangePasswordPage() {
        accounts.ensure(TestAccounts.MUST_CHANGE, io.crmsync.security.Role.ADMIN, true);
        assertThat(open("users")).isInstanceOf(ChangePasswordView.class);
        assertThat(open("")).isInstanceOf(ChangePasswordView.class);

        var form = $(ChangePasswordForm.class).single();
        test(form.current).setValue(TestAccounts.PASSWORD);
        test(form.next).setValue("my very own passphrase");
        test(form.confirm).setValue("my very own passphrase");
        test(form.save).click();

        assertThat(getCurrentView()).isInstanceOf(AccountView.class);
        assertThat(open("users")).isInstanceOf(UsersView.class);
    }

    private Object open(String location) {
        UI.getCurrent().navigate(location);
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .findFirst()
                .orElse(null);
    }
}
