package io.crmsync;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.security.MessageDigest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every check of a secret (admin key, client secret, PKCE challenge, webhook signature, scrape
 * token) compares bytes with {@link MessageDigest#isEqual}, which takes the same time wherever the
 * first difference is, never with {@code String.equals}, which stops at it.
 */
class SecretComparisonTest {

    private static final JavaClasses CHECKS =
            new ClassFileImporter()
                    .importPackages(
                            "io.crmsync.sandbox.salesforce",
                            "io.crmsync.sandbox.hubspot",
                            "io.crmsync.sync.engine",
                            "io.crmsync.security.internal");

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        "io.crmsync.sandbox.salesforce.AdminController, guard",
        "io.crmsync.sandbox.salesforce.OAuthController, token",
        "io.crmsync.sandbox.salesforce.OAuthController, pkceMatches",
        "io.crmsync.sandbox.hubspot.OAuthController, token",
        "io.crmsync.sandbox.hubspot.HubSpotGateway, doFilterInternal",
        "io.crmsync.sync.engine.HubSpotWebhookController, valid",
        "io.crmsync.security.internal.MetricsTokenFilter, matches"
    })
    void checksTheSecretInConstantTime(String className, String methodName) {
        var methods =
                CHECKS.get(className).getMethods().stream()
                        .filter(method -> method.getName().equals(methodName))
                        .toList();
        assertThat(methods).as("%s.%s exists", className, methodName).isNotEmpty();
        assertThat(methods).anyMatch(SecretComparisonTest::comparesInConstantTime);
    }

    private static boolean comparesInConstantTime(JavaMethod method) {
        return method.getMethodCallsFromSelf().stream()
                .anyMatch(
                        call ->
                                call.getTargetOwner().isEquivalentTo(MessageDigest.class)
                                        && call.getName().equals("isEqual"));
    }
}
