package io.crmsync.sandbox;

import java.util.List;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.Ordered;
import org.springframework.core.io.ResourceLoader;

/**
 * Switches the sandboxes on where they are on the classpath: the dev runner, the standalone sandbox
 * server and the tests ({@code crmsync.sandbox.enabled=false} turns them off there). The packaged
 * application does not contain this package at all. The main application does not scan it either:
 * this auto-configuration is the only way in.
 */
@AutoConfiguration
@ConditionalOnProperty(
        name = "crmsync.sandbox.enabled",
        havingValue = "true",
        matchIfMissing = true)
@EnableConfigurationProperties(SandboxProperties.class)
@ComponentScan(basePackageClasses = SandboxAutoConfiguration.class)
@PropertySource("classpath:crmsync-sandbox.properties")
public class SandboxAutoConfiguration {

    @Bean
    LocalCallers sandboxLocalCallers(
            @Value("${crmsync.sandbox.allow-remote:false}") boolean allowRemote,
            @Value("${crmsync.sandbox.allowed-targets:}") List<String> allowedTargets) {
        return new LocalCallers(
                allowRemote, allowedTargets.stream().filter(t -> !t.isBlank()).toList());
    }

    @Bean
    FilterRegistrationBean<LocalCallersFilter> sandboxLocalCallersFilter(LocalCallers callers) {
        FilterRegistrationBean<LocalCallersFilter> registration =
                new FilterRegistrationBean<>(new LocalCallersFilter(callers));
        registration.addUrlPatterns(LocalCallersFilter.PATHS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * The sandboxes own their schema: a changelog and a changelog table of their own. It is not
     * exposed as a {@link SpringLiquibase} bean, which would switch off Spring Boot's migration of
     * the app's own changelog. Sandbox beans that read their tables at start-up depend on this bean
     * by name.
     */
    @Bean(SCHEMA_BEAN)
    SandboxSchema sandboxSchema(DataSource dataSource, ResourceLoader resourceLoader)
            throws Exception {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setResourceLoader(resourceLoader);
        liquibase.setChangeLog("classpath:db/sandbox/changelog.yaml");
        liquibase.setDatabaseChangeLogTable("sandbox_databasechangelog");
        liquibase.setDatabaseChangeLogLockTable("sandbox_databasechangeloglock");
        liquibase.afterPropertiesSet();
        return new SandboxSchema();
    }

    public static final String SCHEMA_BEAN = "sandboxSchema";

    /** Marks that the sandboxes' tables exist. */
    public record SandboxSchema() {}
}
