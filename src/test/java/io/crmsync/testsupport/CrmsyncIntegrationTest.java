package io.crmsync.testsupport;

import io.crmsync.CrmsyncApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real port, on embedded MariaDB, with a movable clock. Every test class
 * with this annotation shares one application context, one server and one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = CrmsyncApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "crmsync.sandbox.seed-demo-data=false",
            "crmsync.sync.enabled=false",
            "crmsync.sandbox.hubspot.webhooks-to-self=false",
            "crmsync.security.first-admin.password=" + TestAccounts.FIRST_ADMIN_PASSWORD,
            "crmsync.metrics.token=" + TestAccounts.METRICS_TOKEN,
            // HttpSession sends each client's own address as X-Forwarded-For.
            "server.forward-headers-strategy=native"
        })
@Import({TestClockConfiguration.class, TestAccounts.class})
public @interface CrmsyncIntegrationTest {}
