package io.crmsync.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@CrmsyncIntegrationTest
@WithMockUser(username = TestAccounts.ADMIN, roles = "ADMIN")
class UserServiceIT {

    @Autowired UserService users;
    @Autowired AuditService audit;
    @Autowired TestAccounts accounts;

    @BeforeEach
    void users() {
        accounts.ensureAll();
    }

    @Test
    void anAdminCreatesAUserWhoMustChangeThePasswordAndTheCreationIsAudited() {
        UserSummary created =
                users.create(
                        new NewUser(
                                " Dana.Scully@FBI.example ",
                                "Dana Scully",
                                Role.EDITOR,
                                "trust no one, ever"));

        assertThat(created.username()).isEqualTo("dana.scully@fbi.example");
        assertThat(created.role()).isEqualTo(Role.EDITOR);
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(
                        audit.find(
                                new AuditQuery("USER_CREATED", TestAccounts.ADMIN, "dana.scully"),
                                0,
                                5))
                .singleElement()
                .satisfies(entry -> assertThat(entry.after()).contains("\"role\":\"EDITOR\""));
    }

    @Test
    void aDuplicateUsernameIsRefusedAtTheUsernameField() {
        assertThatThrownBy(
                        () ->
                                users.create(
                                        new NewUser(
                                                "TEST-VIEWER",
                                                "Someone",
                                                Role.VIEWER,
                                                "long enough password")))
                .isInstanceOfSatisfying(
                        UserChangeRejected.class,
                        rejected -> {
                            assertThat(rejected.field())
                                    .isEqualTo(UserChangeRejected.Field.USERNAME);
                            assertThat(rejected.getMessage()).contains("already exists");
                        });
    }

    @Test
    void aWeakPasswordIsRefusedWithTheRuleStated() {
        assertThatThrownBy(
                        () -> users.create(new NewUser("weak.one", "Weak", Role.VIEWER, "short1")))
                .isInstanceOfSatisfying(
                        UserChangeRejected.class,
                        rejected -> {
                            assertThat(rejected.field())
                                    .isEqualTo(UserChangeRejected.Field.PASSWORD);
                            assertThat(rejected.getMessage()).contains("at least 12");
                        });
    }

    @Test
    void theLastActiveAdminCanBeNeitherDemotedNorDisabled() {
        var admin = accounts.get(TestAccounts.ADMIN);
        var otherAdmins =
                users.list(0, 500).stream()
                        .filter(
                                user ->
                                        user.role() == Role.ADMIN
                                                && user.enabled()
                                                && user.id() != admin.id())
                        .toList();
        otherAdmins.forEach(other -> users.setEnabled(other.id(), false));
        try {
            assertThatThrownBy(() -> users.changeRole(admin.id(), Role.VIEWER))
                    .isInstanceOf(UserChangeRejected.class)
                    .hasMessageContaining("last active Admin");
            assertThatThrownBy(() -> users.setEnabled(admin.id(), false))
                    .isInstanceOf(UserChangeRejected.class)
                    .hasMessageContaining("own account");

            var second = accounts.ensure("second-admin", Role.ADMIN);
            assertThat(users.changeRole(second.id(), Role.VIEWER).role()).isEqualTo(Role.VIEWER);
        } finally {
            otherAdmins.forEach(other -> users.setEnabled(other.id(), true));
        }
    }

    @Test
    void aRoleChangeIsAuditedWithItsBeforeAndAfter() {
        var editor = accounts.ensure("role-change", Role.EDITOR);
        users.changeRole(editor.id(), Role.VIEWER);

        assertThat(audit.find(new AuditQuery("USER_ROLE_CHANGED", null, "role-change"), 0, 5))
                .first()
                .satisfies(
                        entry ->
                                assertThat(entry.changes())
                                        .containsExactly(
                                                new AuditEntry.FieldChange(
                                                        "role", "EDITOR", "VIEWER")));
    }

    @Test
    void aPasswordResetForcesAChangeAtTheNextSignIn() {
        var viewer = accounts.ensure("reset-me", Role.VIEWER);
        UserSummary reset = users.resetPassword(viewer.id(), "temporary password 1");
        assertThat(reset.mustChangePassword()).isTrue();
    }

    @Test
    @WithMockUser(username = "changes-own", roles = "VIEWER")
    void aUserChangesTheirOwnPasswordOnlyWithTheCurrentOne() {
        accounts.ensure("changes-own", Role.VIEWER, true);
        assertThatThrownBy(() -> users.changeOwnPassword("not it", "a brand new passphrase"))
                .isInstanceOfSatisfying(
                        UserChangeRejected.class,
                        rejected ->
                                assertThat(rejected.field())
                                        .isEqualTo(UserChangeRejected.Field.CURRENT_PASSWORD));

        users.changeOwnPassword(TestAccounts.PASSWORD, "a brand new passphrase");

        assertThat(users.me()).get().extracting(UserSummary::mustChangePassword).isEqualTo(false);
    }
}
