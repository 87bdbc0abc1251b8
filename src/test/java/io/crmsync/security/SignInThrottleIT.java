package io.crmsync.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.HttpSession;
import io.crmsync.testsupport.MutableClock;
import io.crmsync.testsupport.TestAccounts;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Failed sign-ins are throttled per client address before they can lock an account: a guesser is
 * paused, the real user at another address signs in.
 */
@CrmsyncIntegrationTest
class SignInThrottleIT {

    @LocalServerPort int port;
    @Autowired TestAccounts accounts;
    @Autowired MutableClock clock;
    @Autowired AuditService audit;

    @Test
    void fourFailuresFromOneAddressPauseItWithoutLockingTheAccount() {
        accounts.ensure("guessed-admin", Role.ADMIN);
        String guesser = "203.0.113.7";
        for (int attempt = 0; attempt < 4; attempt++) {
            new HttpSession(port, guesser).signIn("guessed-admin", "guess " + attempt);
        }

        var paused = new HttpSession(port, guesser).signIn("guessed-admin", TestAccounts.PASSWORD);
        assertThat(paused.headers().firstValue("Location").orElseThrow())
                .endsWith("/login?throttled");
        assertThat(accounts.get("guessed-admin").lockedUntil()).isNull();

        var owner =
                new HttpSession(port, "198.51.100.20")
                        .signIn("guessed-admin", TestAccounts.PASSWORD);
        assertThat(owner.headers().firstValue("Location").orElseThrow()).doesNotContain("login");
    }

    @Test
    void aPausedAddressMaySignInAgainAfterFifteenMinutes() {
        accounts.ensure("patient-user", Role.VIEWER);
        String address = "203.0.113.8";
        for (int attempt = 0; attempt < 4; attempt++) {
            new HttpSession(port, address).signIn("patient-user", "wrong " + attempt);
        }
        clock.advance(Duration.ofMinutes(14));
        assertThat(
                        new HttpSession(port, address)
                                .signIn("patient-user", TestAccounts.PASSWORD)
                                .headers()
                                .firstValue("Location")
                                .orElseThrow())
                .endsWith("/login?throttled");

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        var signedIn = new HttpSession(port, address).signIn("patient-user", TestAccounts.PASSWORD);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("login");
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotPause() {
        accounts.ensure("slow-typist", Role.VIEWER);
        String address = "203.0.113.9";
        for (int attempt = 0; attempt < 4; attempt++) {
            new HttpSession(port, address).signIn("slow-typist", "wrong " + attempt);
            clock.advance(Duration.ofMinutes(6));
        }
        var signedIn = new HttpSession(port, address).signIn("slow-typist", TestAccounts.PASSWORD);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("login");
    }

    @Test
    void httpBasicFromAPausedAddressGetsTooManyRequests() {
        String address = "203.0.113.10";
        for (int attempt = 0; attempt < 4; attempt++) {
            new HttpSession(port, address)
                    .getWithBasicAuth(
                            "/actuator/prometheus", TestAccounts.ADMIN, "wrong " + attempt);
        }
        var refused =
                new HttpSession(port, address)
                        .getWithBasicAuth(
                                "/actuator/prometheus", TestAccounts.ADMIN, TestAccounts.PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("900");
    }

    @Test
    @WithMockUser(username = TestAccounts.ADMIN, roles = "ADMIN")
    void thePauseIsInTheAuditLog() {
        String address = "203.0.113.11";
        for (int attempt = 0; attempt < 4; attempt++) {
            new HttpSession(port, address).signIn("nobody-here", "wrong " + attempt);
        }
        assertThat(audit.find(new AuditQuery("SIGN_INS_PAUSED", null, address), 0, 5))
                .singleElement()
                .satisfies(entry -> assertThat(entry.target()).isEqualTo(address));
    }
}
