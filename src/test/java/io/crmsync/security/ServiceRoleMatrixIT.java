package io.crmsync.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsync.sync.ContactMappingService;
import io.crmsync.sync.ContactSettings;
import io.crmsync.sync.ContactSettingsService;
import io.crmsync.sync.ErrorFilter;
import io.crmsync.sync.ErrorGroup;
import io.crmsync.sync.FieldMapping;
import io.crmsync.sync.RecordRef;
import io.crmsync.sync.SyncHealthService;
import io.crmsync.sync.SyncPaceService;
import io.crmsync.sync.SyncRecordService;
import io.crmsync.sync.spi.ErrorType;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every service method, called as Admin, Editor, Viewer and anonymous: the server refuses exactly
 * the calls the role does not allow. A call that passes the role check may still fail on its
 * arguments; only a refusal by role counts here.
 */
@CrmsyncIntegrationTest
class ServiceRoleMatrixIT {

    private static final Set<String> ADMIN_ONLY = Set.of("ADMIN");
    private static final Set<String> EVERY_ROLE = Set.of("ADMIN", "EDITOR", "VIEWER");
    private static final Set<String> EDITOR_OR_ADMIN = Set.of("ADMIN", "EDITOR");
    private static final ErrorGroup NO_GROUP =
            new ErrorGroup(ErrorType.PICKLIST_VALUES, "NONE", "None", "none", 0, 0, null);

    @Autowired UserService users;
    @Autowired AuditService audit;
    @Autowired SyncRecordService records;
    @Autowired io.crmsync.sync.SyncControlService syncControl;
    @Autowired ContactSettingsService contactSettings;
    @Autowired ContactMappingService contactMappings;
    @Autowired TestAccounts accounts;
    @Autowired SyncHealthService health;
    @Autowired SyncPaceService pace;

    @BeforeEach
    void users() {
        accounts.ensureAll();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void eachServiceMethodAdmitsExactlyItsRoles() {
        Map<String, Case> matrix =
                Map.ofEntries(
                        Map.entry(
                                "UserService.list", new Case(ADMIN_ONLY, () -> users.list(0, 10))),
                        Map.entry("UserService.count", new Case(ADMIN_ONLY, () -> users.count())),
                        Map.entry(
                                "UserService.create",
                                new Case(
                                        ADMIN_ONLY,
                                        () ->
                                                users.create(
                                                        new NewUser(
                                                                "", "", Role.VIEWER, "short")))),
                        Map.entry(
                                "UserService.changeRole",
                                new Case(ADMIN_ONLY, () -> users.changeRole(-1, Role.VIEWER))),
                        Map.entry(
                                "UserService.setEnabled",
                                new Case(ADMIN_ONLY, () -> users.setEnabled(-1, true))),
                        Map.entry(
                                "UserService.resetPassword",
                                new Case(ADMIN_ONLY, () -> users.resetPassword(-1, "x"))),
                        Map.entry(
                                "UserService.unlock", new Case(ADMIN_ONLY, () -> users.unlock(-1))),
                        Map.entry(
                                "UserService.changeOwnPassword",
                                new Case(EVERY_ROLE, () -> users.changeOwnPassword("wrong", "x"))),
                        Map.entry("UserService.me", new Case(EVERY_ROLE, () -> users.me())),
                        Map.entry(
                                "AuditService.find",
                                new Case(ADMIN_ONLY, () -> audit.find(AuditQuery.all(), 0, 10))),
                        Map.entry(
                                "AuditService.count",
                                new Case(ADMIN_ONLY, () -> audit.count(AuditQuery.all()))),
                        Map.entry(
                                "AuditService.actions",
                                new Case(ADMIN_ONLY, () -> audit.actions())),
                        Map.entry(
                                "SyncRecordService.find",
                                new Case(EVERY_ROLE, () -> records.find("hello"))),
                        Map.entry(
                                "SyncRecordService.syncNow",
                                new Case(
                                        Set.of("ADMIN", "EDITOR"),
                                        () -> records.syncNow(new RecordRef(null, null, null)))),
                        Map.entry(
                                "SyncControlService.status",
                                new Case(EVERY_ROLE, () -> syncControl.status())),
                        Map.entry(
                                "SyncControlService.resyncContacts",
                                new Case(EDITOR_OR_ADMIN, () -> syncControl.resyncContacts())),
                        Map.entry(
                                "ContactSettingsService.current",
                                new Case(EVERY_ROLE, () -> contactSettings.current())),
                        Map.entry(
                                "ContactSettingsService.save",
                                new Case(
                                        EDITOR_OR_ADMIN,
                                        () -> contactSettings.save(ContactSettings.DEFAULTS, -1))),
                        Map.entry(
                                "ContactSettingsService.warnings",
                                new Case(
                                        EVERY_ROLE,
                                        () -> contactSettings.warnings(ContactSettings.DEFAULTS))),
                        Map.entry(
                                "ContactSettingsService.inclusionLists",
                                new Case(EVERY_ROLE, () -> contactSettings.inclusionLists())),
                        Map.entry(
                                "ContactSettingsService.createInclusionList",
                                new Case(
                                        EDITOR_OR_ADMIN,
                                        () -> contactSettings.createInclusionList(" "))),
                        Map.entry(
                                "ContactSettingsService.history",
                                new Case(EVERY_ROLE, () -> contactSettings.history())),
                        Map.entry(
                                "ContactMappingService.mappings",
                                new Case(EVERY_ROLE, () -> contactMappings.mappings())),
                        Map.entry(
                                "ContactMappingService.choices",
                                new Case(EVERY_ROLE, () -> contactMappings.choices())),
                        Map.entry(
                                "ContactMappingService.save",
                                new Case(
                                        EDITOR_OR_ADMIN,
                                        () ->
                                                contactMappings.save(
                                                        new FieldMapping(
                                                                0, "", "", null, false, null)))),
                        Map.entry(
                                "ContactMappingService.saveTranslations",
                                new Case(
                                        EDITOR_OR_ADMIN,
                                        () -> contactMappings.saveTranslations(-1, List.of()))),
                        Map.entry(
                                "ContactMappingService.remove",
                                new Case(EDITOR_OR_ADMIN, () -> contactMappings.remove(-1))),
                        Map.entry("SyncHealthService.cards", new Case(EVERY_ROLE, health::cards)),
                        Map.entry(
                                "SyncHealthService.groups",
                                new Case(
                                        EVERY_ROLE,
                                        () ->
                                                health.groups(
                                                        ErrorType.DUPLICATES,
                                                        ErrorFilter.NONE,
                                                        0,
                                                        10))),
                        Map.entry(
                                "SyncHealthService.groupCount",
                                new Case(
                                        EVERY_ROLE,
                                        () ->
                                                health.groupCount(
                                                        ErrorType.DUPLICATES, ErrorFilter.NONE))),
                        Map.entry(
                                "SyncHealthService.rows",
                                new Case(
                                        EVERY_ROLE,
                                        () ->
                                                health.rows(
                                                        ErrorType.DUPLICATES,
                                                        null,
                                                        ErrorFilter.NONE,
                                                        0,
                                                        10))),
                        Map.entry(
                                "SyncHealthService.rowCount",
                                new Case(
                                        EVERY_ROLE,
                                        () ->
                                                health.rowCount(
                                                        ErrorType.DUPLICATES,
                                                        null,
                                                        ErrorFilter.NONE))),
                        Map.entry(
                                "SyncHealthService.exportCsv",
                                new Case(
                                        EVERY_ROLE,
                                        () ->
                                                health.exportCsv(
                                                        ErrorType.DUPLICATES,
                                                        null,
                                                        ErrorFilter.NONE,
                                                        new ByteArrayOutputStream()))),
                        Map.entry(
                                "SyncHealthService.translationTargets",
                                new Case(EVERY_ROLE, () -> health.translationTargets(NO_GROUP))),
                        Map.entry(
                                "SyncHealthService.suspension",
                                new Case(EVERY_ROLE, health::suspension)),
                        Map.entry(
                                "SyncHealthService.onSuspension",
                                new Case(EVERY_ROLE, () -> health.onSuspension(s -> {}).run())),
                        Map.entry(
                                "SyncHealthService.resync",
                                new Case(EDITOR_OR_ADMIN, () -> health.resync(List.of()))),
                        Map.entry(
                                "SyncHealthService.resyncGroup",
                                new Case(EDITOR_OR_ADMIN, () -> health.resyncGroup(NO_GROUP))),
                        Map.entry(
                                "SyncHealthService.translateValue",
                                new Case(
                                        EDITOR_OR_ADMIN,
                                        () -> health.translateValue(NO_GROUP, ""))),
                        Map.entry(
                                "SyncHealthService.remedies",
                                new Case(EVERY_ROLE, () -> health.remedies(NO_GROUP))),
                        Map.entry(
                                "SyncHealthService.remedyTarget",
                                new Case(EVERY_ROLE, () -> health.remedyTarget(NO_GROUP))),
                        Map.entry(
                                "SyncHealthService.truncateField",
                                new Case(EDITOR_OR_ADMIN, () -> health.truncateField(NO_GROUP))),
                        Map.entry(
                                "SyncHealthService.useDefault",
                                new Case(EDITOR_OR_ADMIN, () -> health.useDefault(NO_GROUP, ""))),
                        Map.entry(
                                "SyncHealthService.skipField",
                                new Case(EDITOR_OR_ADMIN, () -> health.skipField(NO_GROUP))),
                        Map.entry(
                                "SyncRecordService.skippedFields",
                                new Case(
                                        EVERY_ROLE,
                                        () ->
                                                records.skippedFields(
                                                        new RecordRef("0", null, null)))),
                        Map.entry(
                                "SyncRecordService.removeSkip",
                                new Case(EDITOR_OR_ADMIN, () -> records.removeSkip(-1))),
                        Map.entry(
                                "SyncHealthService.clearSuspension",
                                new Case(ADMIN_ONLY, health::clearSuspension)),
                        Map.entry("SyncPaceService.pace", new Case(EVERY_ROLE, pace::pace)));

        matrix.forEach(
                (method, check) -> {
                    for (String role : EVERY_ROLE) {
                        signInAs(role);
                        if (check.allowed().contains(role)) {
                            assertThat(refusal(check.call())).as("%s as %s", method, role).isNull();
                        } else {
                            assertThatThrownBy(check.call()::run)
                                    .as("%s as %s", method, role)
                                    .isInstanceOf(AccessDeniedException.class);
                        }
                    }
                    SecurityContextHolder.clearContext();
                    assertThatThrownBy(check.call()::run)
                            .as("%s anonymous", method)
                            .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
                });
    }

    @Test
    void theMatrixCoversEveryPublicServiceMethod() {
        Consumer<Class<?>> noUnlisted =
                type ->
                        assertThat(
                                        java.util.Arrays.stream(type.getDeclaredMethods())
                                                .filter(
                                                        m ->
                                                                java.lang.reflect.Modifier.isPublic(
                                                                        m.getModifiers()))
                                                .map(m -> type.getSimpleName() + "." + m.getName())
                                                .distinct())
                                .allMatch(name -> COVERED.contains(name), "listed in the matrix");
        noUnlisted.accept(UserService.class);
        noUnlisted.accept(AuditService.class);
        noUnlisted.accept(SyncRecordService.class);
        noUnlisted.accept(ContactSettingsService.class);
        noUnlisted.accept(ContactMappingService.class);
        noUnlisted.accept(io.crmsync.sync.SyncControlService.class);
        noUnlisted.accept(SyncHealthService.class);
        noUnlisted.accept(SyncPaceService.class);
    }

    private static final Set<String> COVERED =
            Set.of(
                    "UserService.list",
                    "UserService.count",
                    "UserService.create",
                    "UserService.changeRole",
                    "UserService.setEnabled",
                    "UserService.resetPassword",
                    "UserService.unlock",
                    "UserService.changeOwnPassword",
                    "UserService.me",
                    "AuditService.find",
                    "AuditService.count",
                    "AuditService.actions",
                    "SyncRecordService.find",
                    "SyncRecordService.syncNow",
                    "SyncControlService.status",
                    "SyncControlService.resyncContacts",
                    "ContactSettingsService.current",
                    "ContactSettingsService.save",
                    "ContactSettingsService.warnings",
                    "ContactSettingsService.inclusionLists",
                    "ContactSettingsService.createInclusionList",
                    "ContactSettingsService.history",
                    "ContactMappingService.mappings",
                    "ContactMappingService.choices",
                    "ContactMappingService.save",
                    "ContactMappingService.saveTranslations",
                    "ContactMappingService.remove",
                    "SyncHealthService.cards",
                    "SyncHealthService.groups",
                    "SyncHealthService.groupCount",
                    "SyncHealthService.rows",
                    "SyncHealthService.rowCount",
                    "SyncHealthService.exportCsv",
                    "SyncHealthService.translationTargets",
                    "SyncHealthService.suspension",
                    "SyncHealthService.onSuspension",
                    "SyncHealthService.resync",
                    "SyncHealthService.resyncGroup",
                    "SyncHealthService.translateValue",
                    "SyncHealthService.remedies",
                    "SyncHealthService.remedyTarget",
                    "SyncHealthService.truncateField",
                    "SyncHealthService.useDefault",
                    "SyncHealthService.skipField",
                    "SyncRecordService.skippedFields",
                    "SyncRecordService.removeSkip",
                    "SyncHealthService.clearSuspension",
                    "SyncPaceService.pace");

    private static void signInAs(String role) {
        String username =
                switch (role) {
                    case "ADMIN" -> TestAccounts.ADMIN;
                    case "EDITOR" -> TestAccounts.EDITOR;
                    default -> TestAccounts.VIEWER;
                };
        var token = new TestingAuthenticationToken(username, null, "ROLE_" + role);
        token.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(token);
    }

    private static RuntimeException refusal(Runnable call) {
        try {
            call.run();
            return null;
        } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException refused) {
            return refused;
        } catch (RuntimeException otherFailure) {
            return null;
        }
    }

    private record Case(Set<String> allowed, Runnable call) {}
}
