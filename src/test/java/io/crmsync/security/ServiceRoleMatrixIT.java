package io.crmsync.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsync.base.ExternalSystem;
import io.crmsync.budget.ApiBudgetService;
import io.crmsync.connection.ConnectionForm;
import io.crmsync.connection.ConnectionService;
import io.crmsync.connection.SalesforceSignInService;
import io.crmsync.health.ErrorFilter;
import io.crmsync.health.ErrorGroup;
import io.crmsync.health.SyncHealthService;
import io.crmsync.health.SyncPaceService;
import io.crmsync.records.SyncRecordService;
import io.crmsync.sandbox.SandboxFaultService;
import io.crmsync.sandbox.SandboxRecordService;
import io.crmsync.settings.ContactMappingService;
import io.crmsync.settings.ContactSettingsService;
import io.crmsync.spi.ErrorType;
import io.crmsync.spi.HubSpotId;
import io.crmsync.sync.ContactSettings;
import io.crmsync.sync.FieldMapping;
import io.crmsync.sync.RecordRef;
import io.crmsync.sync.SyncObject;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.ClassUtils;

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
    private static final ConnectionForm NO_MODE =
            new ConnectionForm(ExternalSystem.HUBSPOT, null, null, null, null, null, null, null);

    @Autowired UserService users;
    @Autowired AuditService audit;
    @Autowired SyncRecordService records;
    @Autowired io.crmsync.sync.SyncControlService syncControl;
    @Autowired ContactSettingsService contactSettings;
    @Autowired ContactMappingService contactMappings;
    @Autowired io.crmsync.settings.CompanySettingsService companySettings;
    @Autowired io.crmsync.settings.DealSettingsService dealSettings;
    @Autowired io.crmsync.settings.DealStageService dealStages;
    @Autowired TestAccounts accounts;
    @Autowired SyncHealthService health;
    @Autowired SyncPaceService pace;
    @Autowired ApiBudgetService budget;
    @Autowired ConnectionService connections;
    @Autowired SalesforceSignInService signIn;
    @Autowired SandboxFaultService faults;
    @Autowired SandboxRecordService sandbox;
    @Autowired ApplicationContext context;

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
        matrix().forEach(
                        (method, check) -> {
                            for (String role : EVERY_ROLE) {
                                signInAs(role);
                                if (check.allowed().contains(role)) {
                                    assertThat(refusal(check.call()))
                                            .as("%s as %s", method, role)
                                            .isNull();
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

    /**
     * Every public method of every service in the application context, found by reflection, is in
     * the matrix and checks its caller's role: a service or method added later fails here until it
     * does both.
     */
    @Test
    void theMatrixCoversEveryPublicMethodOfEveryService() {
        List<Class<?>> services = services();
        assertThat(services)
                .extracting(Class::getSimpleName)
                .contains(
                        "UserService",
                        "AuditService",
                        "ApiBudgetService",
                        "ConnectionService",
                        "SalesforceSignInService",
                        "SyncHealthService");
        Set<String> covered = matrix().keySet();
        for (Class<?> service : services) {
            for (Method method : service.getDeclaredMethods()) {
                int modifiers = method.getModifiers();
                if (!Modifier.isPublic(modifiers)
                        || Modifier.isStatic(modifiers)
                        || method.isSynthetic()) {
                    continue;
                }
                String name = service.getSimpleName() + "." + method.getName();
                assertThat(covered).as("%s is in the role matrix", name).contains(name);
                assertThat(
                                method.isAnnotationPresent(PreAuthorize.class)
                                        || service.isAnnotationPresent(PreAuthorize.class))
                        .as("%s checks its caller's role with @PreAuthorize", name)
                        .isTrue();
            }
        }
    }

    /** The application's services: its beans whose class is named *Service. */
    private List<Class<?>> services() {
        return Arrays.stream(context.getBeanDefinitionNames())
                .map(context::getType)
                .filter(Objects::nonNull)
                .map(ClassUtils::getUserClass)
                .filter(type -> type.getPackageName().startsWith("io.crmsync"))
                .filter(type -> type.getSimpleName().endsWith("Service"))
                .distinct()
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }

    private Map<String, Case> matrix() {
        return Map.ofEntries(
                Map.entry("UserService.list", new Case(ADMIN_ONLY, () -> users.list(0, 10))),
                Map.entry("UserService.count", new Case(ADMIN_ONLY, () -> users.count())),
                Map.entry(
                        "UserService.create",
                        new Case(
                                ADMIN_ONLY,
                                () -> users.create(new NewUser("", "", Role.VIEWER, "short")))),
                Map.entry(
                        "UserService.changeRole",
                        new Case(ADMIN_ONLY, () -> users.changeRole(-1, Role.VIEWER))),
                Map.entry(
                        "UserService.setEnabled",
                        new Case(ADMIN_ONLY, () -> users.setEnabled(-1, true))),
                Map.entry(
                        "UserService.resetPassword",
                        new Case(ADMIN_ONLY, () -> users.resetPassword(-1, "x"))),
                Map.entry("UserService.unlock", new Case(ADMIN_ONLY, () -> users.unlock(-1))),
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
                Map.entry("AuditService.actions", new Case(ADMIN_ONLY, () -> audit.actions())),
                Map.entry(
                        "SyncRecordService.find",
                        new Case(EVERY_ROLE, () -> records.find("hello"))),
                Map.entry(
                        "SyncRecordService.search",
                        new Case(EVERY_ROLE, () -> records.search("hello"))),
                Map.entry(
                        "SyncRecordService.open",
                        new Case(
                                EVERY_ROLE,
                                () -> records.open(SyncObject.COMPANY, "987654321987"))),
                Map.entry(
                        "SyncRecordService.syncNow",
                        new Case(
                                Set.of("ADMIN", "EDITOR"),
                                () -> records.syncNow(new RecordRef(null, null)))),
                Map.entry(
                        "SyncControlService.status",
                        new Case(EVERY_ROLE, () -> syncControl.status())),
                Map.entry(
                        "SyncControlService.resyncContacts",
                        new Case(EDITOR_OR_ADMIN, () -> syncControl.resyncContacts())),
                Map.entry(
                        "SyncControlService.resync",
                        new Case(EDITOR_OR_ADMIN, () -> syncControl.resync(SyncObject.COMPANY))),
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
                        new Case(EDITOR_OR_ADMIN, () -> contactSettings.createInclusionList(" "))),
                Map.entry(
                        "ContactSettingsService.history",
                        new Case(EVERY_ROLE, () -> contactSettings.history())),
                Map.entry(
                        "ContactSettingsService.changesIn",
                        new Case(EVERY_ROLE, () -> contactSettings.changesIn(1))),
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
                                                new FieldMapping(0, "", "", null, false, null)))),
                Map.entry(
                        "ContactMappingService.saveTranslations",
                        new Case(
                                EDITOR_OR_ADMIN,
                                () -> contactMappings.saveTranslations(-1, List.of()))),
                Map.entry(
                        "ContactMappingService.remove",
                        new Case(EDITOR_OR_ADMIN, () -> contactMappings.remove(-1))),
                Map.entry(
                        "CompanySettingsService.current",
                        new Case(EVERY_ROLE, () -> companySettings.current())),
                Map.entry(
                        "CompanySettingsService.save",
                        new Case(
                                EDITOR_OR_ADMIN,
                                () ->
                                        companySettings.save(
                                                io.crmsync.sync.CompanySettings.DEFAULTS, -1))),
                Map.entry(
                        "DealSettingsService.current",
                        new Case(EVERY_ROLE, () -> dealSettings.current())),
                Map.entry(
                        "DealSettingsService.companiesOn",
                        new Case(EVERY_ROLE, () -> dealSettings.companiesOn())),
                Map.entry(
                        "DealSettingsService.save",
                        new Case(
                                EDITOR_OR_ADMIN,
                                () ->
                                        dealSettings.save(
                                                io.crmsync.sync.DealSettings.DEFAULTS, -1))),
                Map.entry(
                        "DealStageService.mappings",
                        new Case(EVERY_ROLE, () -> dealStages.mappings())),
                Map.entry(
                        "DealStageService.choices",
                        new Case(EVERY_ROLE, () -> dealStages.choices())),
                Map.entry(
                        "DealStageService.save",
                        new Case(
                                EDITOR_OR_ADMIN,
                                () ->
                                        dealStages.save(
                                                new io.crmsync.sync.StageMapping(
                                                        0, "", "", "", "")))),
                Map.entry(
                        "DealStageService.remove",
                        new Case(EDITOR_OR_ADMIN, () -> dealStages.remove(-1))),
                Map.entry("SyncHealthService.cards", new Case(EVERY_ROLE, health::cards)),
                Map.entry(
                        "SyncHealthService.groups",
                        new Case(
                                EVERY_ROLE,
                                () ->
                                        health.groups(
                                                ErrorType.DUPLICATES, ErrorFilter.NONE, 0, 10))),
                Map.entry(
                        "SyncHealthService.groupCount",
                        new Case(
                                EVERY_ROLE,
                                () -> health.groupCount(ErrorType.DUPLICATES, ErrorFilter.NONE))),
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
                                                ErrorType.DUPLICATES, null, ErrorFilter.NONE))),
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
                Map.entry("SyncHealthService.suspension", new Case(EVERY_ROLE, health::suspension)),
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
                        new Case(EDITOR_OR_ADMIN, () -> health.translateValue(NO_GROUP, ""))),
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
                                                new RecordRef(new HubSpotId("0"), null)))),
                Map.entry(
                        "SyncRecordService.removeSkip",
                        new Case(EDITOR_OR_ADMIN, () -> records.removeSkip(-1))),
                Map.entry(
                        "SyncHealthService.clearSuspension",
                        new Case(ADMIN_ONLY, health::clearSuspension)),
                Map.entry("SyncPaceService.pace", new Case(EVERY_ROLE, pace::pace)),
                Map.entry(
                        "ApiBudgetService.usageLast24Hours",
                        new Case(EVERY_ROLE, budget::usageLast24Hours)),
                Map.entry(
                        "ApiBudgetService.callsPerHour",
                        new Case(EVERY_ROLE, () -> budget.callsPerHour(ExternalSystem.SALESFORCE))),
                Map.entry(
                        "ApiBudgetService.status",
                        new Case(EVERY_ROLE, () -> budget.status(ExternalSystem.SALESFORCE))),
                Map.entry(
                        "ApiBudgetService.setAllocation",
                        new Case(ADMIN_ONLY, () -> budget.setAllocation(-1L))),
                Map.entry(
                        "ConnectionService.summaries",
                        new Case(EVERY_ROLE, connections::summaries)),
                Map.entry(
                        "ConnectionService.summary",
                        new Case(EVERY_ROLE, () -> connections.summary(ExternalSystem.HUBSPOT))),
                Map.entry(
                        "ConnectionService.save",
                        new Case(ADMIN_ONLY, () -> connections.save(NO_MODE, false))),
                Map.entry(
                        "ConnectionService.testSaved",
                        new Case(ADMIN_ONLY, () -> connections.testSaved(null))),
                Map.entry(
                        "ConnectionService.test",
                        new Case(ADMIN_ONLY, () -> connections.test(NO_MODE))),
                Map.entry(
                        "SalesforceSignInService.authorizeUrl",
                        new Case(
                                ADMIN_ONLY, () -> signIn.authorizeUrl("http://localhost/nowhere"))),
                Map.entry(
                        "SalesforceSignInService.complete",
                        new Case(
                                ADMIN_ONLY, () -> signIn.complete("no-such-state", "code", false))),
                Map.entry("SandboxFaultService.faults", new Case(EDITOR_OR_ADMIN, faults::faults)),
                Map.entry(
                        "SandboxFaultService.set",
                        new Case(EDITOR_OR_ADMIN, () -> faults.set("nowhere", "*", null))),
                Map.entry(
                        "SandboxFaultService.clear",
                        new Case(EDITOR_OR_ADMIN, () -> faults.clear(null))),
                Map.entry(
                        "SandboxRecordService.objectTypes",
                        new Case(
                                EDITOR_OR_ADMIN,
                                () -> sandbox.objectTypes(ExternalSystem.HUBSPOT))),
                Map.entry(
                        "SandboxRecordService.records",
                        new Case(
                                EDITOR_OR_ADMIN,
                                () ->
                                        sandbox.records(
                                                ExternalSystem.HUBSPOT,
                                                "no-such-type",
                                                null,
                                                0,
                                                1))),
                Map.entry(
                        "SandboxRecordService.count",
                        new Case(
                                EDITOR_OR_ADMIN,
                                () -> sandbox.count(ExternalSystem.HUBSPOT, "no-such-type", null))),
                Map.entry(
                        "SandboxRecordService.find",
                        new Case(
                                EDITOR_OR_ADMIN,
                                () -> sandbox.find(ExternalSystem.HUBSPOT, "contacts", ""))),
                Map.entry(
                        "SandboxRecordService.save",
                        new Case(
                                EDITOR_OR_ADMIN,
                                () ->
                                        sandbox.save(
                                                ExternalSystem.HUBSPOT,
                                                "no-such-type",
                                                "0",
                                                Map.of()))),
                Map.entry(
                        "SandboxRecordService.delete",
                        new Case(
                                EDITOR_OR_ADMIN,
                                () -> sandbox.delete(ExternalSystem.HUBSPOT, "no-such-type", "0"))),
                Map.entry(
                        "SandboxRecordService.convertLead",
                        new Case(
                                EDITOR_OR_ADMIN,
                                () -> sandbox.convertLead("00Q000000000000AAA", false))),
                Map.entry(
                        "SandboxRecordService.moveStage",
                        new Case(
                                EDITOR_OR_ADMIN,
                                () ->
                                        sandbox.moveStage(
                                                ExternalSystem.SALESFORCE,
                                                "006000000000000AAA",
                                                "Closed Won"))),
                Map.entry(
                        "SandboxRecordService.stateCountryMode",
                        new Case(EDITOR_OR_ADMIN, () -> sandbox.stateCountryMode())),
                Map.entry(
                        "SandboxRecordService.setStateCountryMode",
                        new Case(EDITOR_OR_ADMIN, () -> sandbox.setStateCountryMode(null))),
                Map.entry(
                        "SandboxRecordService.merge",
                        new Case(
                                EDITOR_OR_ADMIN,
                                () ->
                                        sandbox.merge(
                                                ExternalSystem.HUBSPOT, "contacts", "0", "-1"))),
                Map.entry(
                        "SandboxRecordService.addContactRole",
                        new Case(
                                EDITOR_OR_ADMIN,
                                () ->
                                        sandbox.addContactRole(
                                                "006000000000000AAA",
                                                "003000000000000AAA",
                                                "Decision Maker",
                                                false))));
    }

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
