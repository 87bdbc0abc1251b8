package io.crmsync;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The rules of STYLE.md that the compiler cannot see. */
class ArchitectureTest {

    private static final JavaClasses MAIN =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("io.crmsync");

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
