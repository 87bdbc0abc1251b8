package io.crmsync.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** On an empty database the app creates one Admin, whose password is hashed and must be changed. */
@CrmsyncIntegrationTest
@WithMockUser(username = TestAccounts.ADMIN, roles = "ADMIN")
class FirstAdminBootstrapIT {

    @Autowired TestAccounts accounts;
    @Autowired AuditService audit;

    @Test
    void theFirstAdminExistsWithAHashedPasswordAndTheCreationIsAudited() {
        var admin = accounts.get("admin");
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.passwordHash())
                .startsWith("{bcrypt}")
                .doesNotContain(TestAccounts.FIRST_ADMIN_PASSWORD);
        assertThat(audit.find(new AuditQuery("FIRST_ADMIN_CREATED", null, null), 0, 10))
                .singleElement()
                .satisfies(entry -> assertThat(entry.target()).isEqualTo("admin"));
    }

    @Test
    void theFirstAdminIsMadeToChangeThePasswordBeforeAnythingElse() {
        // The browser test signs in as the first admin and performs the change; either state proves
        // it.
        boolean pending = accounts.get("admin").mustChangePassword();
        boolean performed =
                !audit.find(new AuditQuery("PASSWORD_CHANGED", "admin", "admin"), 0, 1).isEmpty();
        assertThat(pending ^ performed)
                .as("the change is pending, or was made by the admin")
                .isTrue();
    }
}
