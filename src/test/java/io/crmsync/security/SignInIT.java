package io.crmsync.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.HttpSession;
import io.crmsync.testsupport.MutableClock;
import io.crmsync.testsupport.TestAccounts;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Sign-in over real HTTP: success, the generic failure, lockout and its expiry, and the audit log.
 */
@CrmsyncIntegrationTest
class SignInIT {

    @LocalServerPort int port;
    @Autowired TestAccounts accounts;
    @Autowired MutableClock clock;
    @Autowired AuditService audit;

    @Test
    void theRightPasswordSignsInAndIsAudited() {
        accounts.ensure("signs-in", Role.EDITOR);
        var response = new HttpSession(port).signIn("signs-in", TestAccounts.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(auditOf("signs-in")).contains("LOGIN_SUCCEEDED");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        accounts.ensure("known-user", Role.VIEWER);
        var wrongPassword = new HttpSession(port).signIn("known-user", "not the password");
        var unknownUser = new HttpSession(port).signIn("nobody-at-all", "not the password");

        assertThat(wrongPassword.statusCode()).isEqualTo(unknownUser.statusCode()).isEqualTo(302);
        assertThat(wrongPassword.headers().firstValue("Location"))
                .isEqualTo(unknownUser.headers().firstValue("Location"));
        assertThat(wrongPassword.headers().firstValue("Location").orElseThrow())
                .endsWith("/login?error");
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutesEvenWithTheRightPassword() {
        accounts.ensure("locks-out", Role.VIEWER);
        for (int attempt = 0; attempt < 5; attempt++) {
            new HttpSession(port).signIn("locks-out", "wrong " + attempt);
        }

        var whileLocked = new HttpSession(port).signIn("locks-out", TestAccounts.PASSWORD);
        assertThat(whileLocked.headers().firstValue("Location").orElseThrow())
                .endsWith("/login?error");
        assertThat(accounts.get("locks-out").lockedUntil())
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(auditOf("locks-out")).contains("ACCOUNT_LOCKED");

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        var afterTheLock = new HttpSession(port).signIn("locks-out", TestAccounts.PASSWORD);
        assertThat(afterTheLock.headers().firstValue("Location").orElseThrow())
                .doesNotContain("error");
    }

    @Test
    void fourFailuresThenASuccessStartTheCountAgain() {
        accounts.ensure("four-fails", Role.VIEWER);
        for (int attempt = 0; attempt < 4; attempt++) {
            new HttpSession(port).signIn("four-fails", "wrong");
        }
        new HttpSession(port).signIn("four-fails", TestAccounts.PASSWORD);
        new HttpSession(port).signIn("four-fails", "wrong");

        assertThat(accounts.get("four-fails").lockedUntil()).isNull();
        assertThat(accounts.get("four-fails").failedAttempts()).isEqualTo(1);
    }

    @Test
    void aSignInWithoutTheFormsCsrfTokenIsRefused() {
        accounts.ensure("no-csrf", Role.VIEWER);
        var session = new HttpSession(port);
        session.get("/login");
        var withoutToken = session.postSignIn("no-csrf", TestAccounts.PASSWORD, null);
        var wrongToken = session.postSignIn("no-csrf", TestAccounts.PASSWORD, "forged");

        assertThat(withoutToken.statusCode()).isEqualTo(wrongToken.statusCode()).isEqualTo(403);
        assertThat(auditOf("no-csrf")).doesNotContain("LOGIN_SUCCEEDED");
    }

    @Test
    void theSignInPageCarriesTheTokenItsFormPosts() {
        var page = new HttpSession(port).get("/login");
        assertThat(page.body())
                .contains("<meta name=\"_csrf_parameter\" content=\"_csrf\"")
                .contains("<meta name=\"_csrf\" content=\"");
    }

    @Test
    void aDisabledUserCannotSignIn() {
        var user = accounts.ensure("disabled-user", Role.VIEWER);
        accounts.disable(user.username());
        var response = new HttpSession(port).signIn("disabled-user", TestAccounts.PASSWORD);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .endsWith("/login?error");
    }

    private List<String> auditOf(String username) {
        var admin = new TestingAuthenticationToken(TestAccounts.ADMIN, null, "ROLE_ADMIN");
        SecurityContextHolder.getContext().setAuthentication(admin);
        try {
            return audit.find(new AuditQuery(null, null, username), 0, 50).stream()
                    .map(AuditEntry::action)
                    .toList();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
