package io.crmsync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class LocalCallersTest {

    private final LocalCallers local = new LocalCallers(false, List.of());

    @Test
    void onlyLoopbackCallersAreAdmittedUnlessRemoteCallersAreAllowed() {
        assertThat(local.admits("127.0.0.1")).isTrue();
        assertThat(local.admits("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(local.admits("192.168.1.20")).isFalse();
        assertThat(local.admits("203.0.113.9")).isFalse();
        assertThat(local.admits("")).isFalse();
        assertThat(new LocalCallers(true, List.of()).admits("203.0.113.9")).isTrue();
    }

    @Test
    void anAuthorizationCodeGoesOnlyToThisMachineOrAListedCallback() {
        assertThat(local.isRegisteredRedirect("http://localhost:8080/connections/callback"))
                .isTrue();
        assertThat(local.isRegisteredRedirect("http://127.0.0.1/cb")).isTrue();
        assertThat(local.isRegisteredRedirect("https://attacker.example/cb")).isFalse();
        assertThat(local.isRegisteredRedirect("http://localhost.attacker.example/cb")).isFalse();
        assertThat(local.isRegisteredRedirect("http://attacker.example@localhost/cb")).isFalse();
        assertThat(local.isRegisteredRedirect("javascript:alert(1)")).isFalse();
        assertThat(local.isRegisteredRedirect("not a url")).isFalse();
        assertThat(
                        new LocalCallers(false, List.of("https://crm.example.com/callback"))
                                .isRegisteredRedirect("https://crm.example.com/callback"))
                .isTrue();
    }

    @Test
    void webhooksGoOnlyToCrmsyncsOwnEndpointOnThisMachineOrAListedTarget() {
        String own = "/webhooks/hubspot";
        assertThat(local.isAllowedWebhookTarget("http://localhost:8080/webhooks/hubspot", own))
                .isTrue();
        assertThat(local.isAllowedWebhookTarget("http://localhost:8080/actuator/shutdown", own))
                .isFalse();
        assertThat(local.isAllowedWebhookTarget("http://169.254.169.254/latest/meta-data", own))
                .isFalse();
        assertThat(local.isAllowedWebhookTarget("http://10.0.0.5/webhooks/hubspot", own)).isFalse();
        assertThat(
                        new LocalCallers(false, List.of("https://hooks.example.com/"))
                                .isAllowedWebhookTarget("https://hooks.example.com/in", own))
                .isTrue();
    }

    @Test
    void theFilterAnswersARemoteCallerWithForbiddenAndNeverReachesTheSandbox() throws Exception {
        LocalCallersFilter filter = new LocalCallersFilter(local);
        MockHttpServletRequest remote =
                new MockHttpServletRequest("GET", "/sandbox/salesforce/_admin/records/Contact");
        remote.setRemoteAddr("203.0.113.9");
        MockHttpServletResponse refused = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(remote, refused, chain);

        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(chain.getRequest()).as("the request went no further").isNull();

        MockHttpServletRequest loopback =
                new MockHttpServletRequest("GET", "/sandbox/salesforce/_admin/records/Contact");
        loopback.setRemoteAddr("127.0.0.1");
        MockFilterChain passed = new MockFilterChain();
        filter.doFilter(loopback, new MockHttpServletResponse(), passed);
        assertThat(passed.getRequest()).isNotNull();
    }
}
