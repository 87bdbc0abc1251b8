package io.crmsync;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The rules of STYLE.md that the compiler cannot see. */
class ArchitectureTest {

    private static Set<String> sourcesUnder(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .map(f -> f.substring(0, f.length() - ".java".length()))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isSandboxClass(String uri) {
        int at = uri.indexOf("/test-classes/");
        if (at < 0) {
            return false;
        }
        String name =
                uri.substring(at + "/test-classes/".length()).replaceFirst("(\\$.*)?\\.class$", "");
        return SANDBOX_SOURCES.contains(name);
    }

    /** What the packaged jar holds. */
    private static final JavaClasses PRODUCTION =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("io.crmsync");

    /** The simulators' classes by path ({@code io/crmsync/sandbox/ui/SandboxView}). */
    private static final Set<String> SANDBOX_SOURCES = sourcesUnder(Path.of("src/sandbox/java"));

    /**
     * The production classes and the simulators, which compile with the tests (ADR 019) but follow
     * the same rules; the tests do not.
     */
    private static final JavaClasses MAIN =
            new ClassFileImporter()
                    .withImportOption(
                            location ->
                                    ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
                                            || isSandboxClass(location.asURI().toString()))
                    .importPackages("io.crmsync");

    @Test
    void connectorsConnectionsAndTheBudgetKnowTheEngineOnlyThroughItsSpi() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "io.crmsync.spi..",
                        "io.crmsync.connector..",
                        "io.crmsync.connection..",
                        "io.crmsync.budget..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.crmsync.sync..")
                .check(PRODUCTION);
    }

    @Test
    void theEngineDependsOnNoFeatureBuiltOnIt() {
        noClasses()
                .that()
                .resideInAPackage("io.crmsync.sync..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.crmsync.settings..", "io.crmsync.health..", "io.crmsync.records..")
                .check(PRODUCTION);
    }

    @Test
    void theFeaturesDependOnEachOtherOnlyDownwards() {
        noClasses()
                .that()
                .resideInAPackage("io.crmsync.settings..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.crmsync.health..", "io.crmsync.records..")
                .check(PRODUCTION);
        noClasses()
                .that()
                .resideInAPackage("io.crmsync.health..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.crmsync.records..")
                .check(PRODUCTION);
        noClasses()
                .that()
                .resideInAPackage("io.crmsync.records..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.crmsync.health..")
                .check(PRODUCTION);
    }

    /** Pure functions: of crmsync, only the shared kernel and the SPI's field and error types. */
    @Test
    void valueConversionKnowsOnlyTheBaseAndTheSpi() {
        classes()
                .that()
                .resideInAPackage("io.crmsync.convert..")
                .should()
                .onlyDependOnClassesThat(
                        resideOutsideOfPackage("io.crmsync..")
                                .or(
                                        resideInAnyPackage(
                                                "io.crmsync.convert..",
                                                "io.crmsync.base..",
                                                "io.crmsync.spi..")))
                .check(PRODUCTION);
    }

    @Test
    void theProductionClassesHoldNoSimulator() {
        assertThat(PRODUCTION.stream().map(JavaClass::getPackageName))
                .isNotEmpty()
                .noneMatch(name -> name.startsWith("io.crmsync.sandbox"));
        assertThat(MAIN.stream().map(JavaClass::getName))
                .as("the rules below see the simulators")
                .contains("io.crmsync.sandbox.SandboxAutoConfiguration");
    }

    @Test
    void viewsUseOnlyServicesAndValueTypesOfOtherPackages() {
        classes()
                .that()
                .resideInAPackage("io.crmsync..ui..")
                .should(onlyUseServicesOrValueTypes())
                .check(MAIN);
    }

    @Test
    void viewsNeverTouchTheDatabaseOrTheNetwork() {
        noClasses()
                .that()
                .resideInAPackage("io.crmsync..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework.jdbc..",
                        "org.springframework.data..",
                        "javax.sql..",
                        "okhttp3..",
                        "java.net.http..",
                        "..internal..")
                .check(MAIN);
    }

    @Test
    void onlyConnectorInternalsUseOkHttp() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.crmsync.connector..internal..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("okhttp3..")
                .check(MAIN);
    }

    @Test
    void nothingOutsideTheSandboxesDependsOnThem() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.crmsync.sandbox..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.crmsync.sandbox..")
                .check(MAIN);
    }

    @Test
    void everyRouteDeclaresItsRoles() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .and()
                .doNotHaveSimpleName("LoginView")
                .should()
                .beAnnotatedWith(RolesAllowed.class)
                .check(MAIN);
    }

    @Test
    void everyViewDeclaresWhoMayOpenIt() {
        classes()
                .that()
                .resideInAPackage("io.crmsync..ui..")
                .and()
                .haveSimpleNameEndingWith("View")
                .and()
                .areAssignableTo(com.vaadin.flow.component.Component.class)
                .should()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(com.vaadin.flow.server.auth.AnonymousAllowed.class)
                .check(MAIN);
    }

    @Test
    void everyPublicServiceMethodChecksRoles() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .and()
                .areDeclaredInClassesThat()
                .haveSimpleNameEndingWith("Service")
                .and()
                .arePublic()
                .should()
                .beAnnotatedWith(PreAuthorize.class)
                .check(MAIN);
    }

    @Test
    void viewsArePackagePrivate() {
        classes().that().areAnnotatedWith(Route.class).should().notBePublic().check(MAIN);
    }

    /**
     * A view may use Vaadin, the JDK, its own package and base UI helpers; of the rest of crmsync,
     * only application services and the plain values they take and return (records, enums,
     * exceptions and classes that are not Spring beans).
     */
    private static ArchCondition<JavaClass> onlyUseServicesOrValueTypes() {
        DescribedPredicate<JavaClass> isSpringBean =
                new DescribedPredicate<>("a Spring bean") {
                    @Override
                    public boolean test(JavaClass type) {
                        return type.isAnnotatedWith(Service.class)
                                || type.isMetaAnnotatedWith(
                                        org.springframework.stereotype.Component.class);
                    }
                };
        return new ArchCondition<>("use only services or value types of crmsync") {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                view.getDirectDependenciesFromSelf()
                        .forEach(
                                dependency -> {
                                    JavaClass target = dependency.getTargetClass();
                                    boolean crmsync =
                                            target.getPackageName().startsWith("io.crmsync");
                                    boolean sameUi =
                                            target.getPackageName().equals(view.getPackageName())
                                                    || target.getPackageName()
                                                            .startsWith("io.crmsync.base.ui");
                                    boolean service =
                                            target.isAnnotatedWith(Service.class)
                                                    && target.getSimpleName().endsWith("Service");
                                    if (crmsync
                                            && !sameUi
                                            && !service
                                            && isSpringBean.test(target)) {
                                        events.add(
                                                SimpleConditionEvent.violated(
                                                        dependency,
                                                        view.getName()
                                                                + " uses the bean "
                                                                + target.getName()
                                                                + "; a view may only call application services"));
                                    }
                                });
            }
        };
    }
}
