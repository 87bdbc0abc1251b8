package io.crmsync.sandbox;

import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.core.io.ResourceLoader;

/**
 * Switches the sandboxes on (the default; {@code crmsync.sandbox.enabled=false} turns them off).
 * The main application does not scan this package: this auto-configuration is the only way in, so
 * that a production deployment can leave the simulators out entirely.
 */
@AutoConfiguration
@ConditionalOnProperty(
        name = "crmsync.sandbox.enabled",
        havingValue = "true",
        matchIfMissing = true)
@EnableConfigurationProperties(SandboxProperties.class)
@ComponentScan(basePackageClasses = SandboxAutoConfiguration.class)
public class SandboxAutoConfiguration {

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
