package io.crmsync.security.internal;

import io.crmsync.security.AuditAction;
import io.crmsync.security.AuditLog;
import io.crmsync.security.PasswordGenerator;
import io.crmsync.security.PasswordPolicy;
import io.crmsync.security.Role;
import io.crmsync.security.UsernamePolicy;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the first Admin when there are no users, and tells the operator where to sign in. A
 * generated password is printed once and never stored in clear; the first sign-in must change it
 * either way.
 */
@Component
@EnableConfigurationProperties(FirstAdminProperties.class)
class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String username;
    private final String configuredPassword;
    private final ApplicationContext context;

    FirstAdminBootstrap(
            AppUserRepository users,
            PasswordEncoder passwordEncoder,
            AuditLog audit,
            TransactionTemplate transaction,
            Clock clock,
            FirstAdminProperties properties,
            ApplicationContext context) {
        this.context = context;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.username = UsernamePolicy.normalize(properties.username());
        this.configuredPassword = properties.password();
    }

    /** Runs before the application reports ready, so nothing else can create a user first. */
    @Override
    public void run(ApplicationArguments args) {
        String url = url();
        if (users.count() > 0) {
            banner("crmsync is running at " + url, "Sign in with an existing account.");
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? PasswordGenerator.generate() : configuredPassword;
        PasswordPolicy.problemWith(password, username)
                .ifPresent(
                        problem -> {
                            throw new IllegalStateException(
                                    "CRMSYNC_ADMIN_PASSWORD is not acceptable: " + problem);
                        });
        try {
            transaction.executeWithoutResult(
                    status -> {
                        AppUser admin =
                                users.save(
                                        AppUser.create(
                                                username,
                                                "Administrator",
                                                Role.ADMIN,
                                                passwordEncoder.encode(password),
                                                true,
                                                clock.instant()));
                        audit.event(
                                AuditLog.SYSTEM,
                                AuditAction.FIRST_ADMIN_CREATED,
                                admin.username(),
                                generated
                                        ? "Password generated and printed once"
                                        : "Password from CRMSYNC_ADMIN_PASSWORD");
                    });
        } catch (DuplicateKeyException anotherNodeWon) {
            banner("crmsync is running at " + url, "Sign in with an existing account.");
            return;
        }
        banner(
                "crmsync is running at " + url,
                "First admin:  username " + username,
                generated
                        ? "              password "
                                + password
                                + "   (shown once; you will change it at first sign-in)"
                        : "              password from CRMSYNC_ADMIN_PASSWORD (you will change it at first sign-in)");
    }

    private String url() {
        if (context instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            return "http://localhost:" + web.getWebServer().getPort() + "/";
        }
        return "(no web server)";
    }

    private static void banner(String... lines) {
        String rule = "=".repeat(78);
        log.info("\n{}\n  {}\n{}", rule, String.join("\n  ", lines), rule);
    }
}
