package io.crmsync.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import io.crmsync.security.Role;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** An Admin manages users in the Users view; every problem shows where the Admin is looking. */
@CrmsyncIntegrationTest
@WithMockUser(username = TestAccounts.ADMIN, roles = "ADMIN")
class UsersViewIT extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;

    @Test
    void anAdminCreatesAViewerWhoThenAppearsInTheList() {
        UsersView view = navigate(UsersView.class);
        test(view.create).click();
        NewUserDialog dialog = $(NewUserDialog.class).single();
        test(dialog.username).setValue("new.viewer");
        test(dialog.displayName).setValue("New Viewer");
        test(dialog.role).selectItem(Role.VIEWER.label());
        test(dialog.save).click();

        assertThat($(NewUserDialog.class).all()).isEmpty();
        assertThat(test($(Notification.class).last()).getText()).contains("new.viewer");
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(4);
        assertThat(accounts.get("new.viewer").mustChangePassword()).isTrue();
    }

    @Test
    void aWeakPasswordIsShownAtThePasswordFieldWithTheRule() {
        UsersView view = navigate(UsersView.class);
        test(view.create).click();
        NewUserDialog dialog = $(NewUserDialog.class).single();
        test(dialog.username).setValue("weak.password");
        test(dialog.displayName).setValue("Weak");
        test(dialog.password).setValue("abc123");
        test(dialog.save).click();

        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).contains("at least 12 characters");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void aDuplicateUsernameIsShownAtTheUsernameField() {
        UsersView view = navigate(UsersView.class);
        test(view.create).click();
        NewUserDialog dialog = $(NewUserDialog.class).single();
        test(dialog.username).setValue(TestAccounts.VIEWER.toUpperCase());
        test(dialog.displayName).setValue("Copy");
        test(dialog.save).click();

        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).contains("already exists");
    }

    @Test
    void anAdminChangesARoleAndDisablesAUser() {
        accounts.ensure("aaa-editor", Role.EDITOR);
        UsersView view = navigate(UsersView.class);
        var editor = test(view.grid).getRow(rowOf(view, "aaa-editor"));
        view.grid.select(editor);

        test(view.role).selectItem(Role.VIEWER.label());
        assertThat(accounts.get("aaa-editor").role()).isEqualTo(Role.VIEWER);

        view.grid.select(test(view.grid).getRow(rowOf(view, "aaa-editor")));
        test(view.toggleEnabled).click();
        assertThat(accounts.get("aaa-editor").enabled()).isFalse();
    }

    @Test
    void theViewSaysWhyTheLastAdminCannotBeDemoted() {
        accounts.ensure("aaa-last-check", Role.VIEWER);
        UsersView view = navigate(UsersView.class);
        view.grid.select(test(view.grid).getRow(rowOf(view, TestAccounts.ADMIN)));
        test(view.toggleEnabled).click();

        assertThat(test($(Notification.class).last()).getText()).contains("own account");
        assertThat(accounts.get(TestAccounts.ADMIN).enabled()).isTrue();
    }

    private int rowOf(UsersView view, String username) {
        var grid = test(view.grid);
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getRow(row).username().equals(username)) {
                return row;
            }
        }
        throw new AssertionError(username + " is not in the grid");
    }
}
