package io.crmsync.connector.salesforce;

import io.crmsync.sandbox.SandboxServer;
import io.crmsync.testsupport.SandboxTestServer;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;

/**
 * The sandboxes for connector tests: {@link SandboxTestServer}'s, or, when the two sandboxes cannot
 * start together because two of their beans share a simple class name ({@code AdminController}),
 * the same application started with fully qualified bean names.
 */
final class SandboxContext {

    private static ConfigurableApplicationContext context;

    private SandboxContext() {}

    static synchronized ConfigurableApplicationContext get() {
        if (context == null) {
            try {
                context = SandboxTestServer.context();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(SandboxContext.class)
                        .warn(
                                "Sandboxes did not start ({}); retrying with qualified bean names",
                                e.getMessage());
                context =
                        new SpringApplicationBuilder(SandboxServer.class)
                                .beanNameGenerator(
                                        FullyQualifiedAnnotationBeanNameGenerator.INSTANCE)
                                .properties(
                                        "spring.application.name=crmsync-sandbox",
                                        "spring.liquibase.enabled=false",
                                        "crmsync.sandbox.enabled=true")
                                .run("--server.port=0", "--crmsync.sandbox.seed-demo-data=false");
            }
        }
        return context;
    }

    static String salesforceUrl() {
        int port = ((WebServerApplicationContext) get()).getWebServer().getPort();
        return "http://localhost:" + port + "/sandbox/salesforce";
    }
}
