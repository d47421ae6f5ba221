package org.minsheng;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** The layout the house style asks for, kept by tests rather than by memory. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.minsheng");

    /**
     * Work on a timer would run once on every application node behind the load balancer. None exists
     * today; whoever adds some must make it run once (a database lock such as ShedLock's) and then
     * loosen this rule for that method.
     */
    @Test
    void no_work_runs_on_a_timer_of_its_own_node() {
        noMethods()
                .should()
                .beAnnotatedWith("org.springframework.scheduling.annotation.Scheduled")
                .check(MAIN);
        noClasses()
                .should()
                .beAnnotatedWith("org.springframework.scheduling.annotation.EnableScheduling")
                .check(MAIN);
    }

    @Test
    void only_the_public_disclosure_service_reads_as_the_public() {
        // reading as the public reads what an unscoped leader reads: only after the check that the year
        // is published, which that service makes
        noClasses()
                .that()
                .doNotHaveSimpleName("PublicDisclosureService")
                .and()
                .resideOutsideOfPackage("org.minsheng.security..")
                .should()
                .dependOnClassesThat()
                .haveSimpleName("PublicReading")
                .check(MAIN);
    }

    @Test
    void views_never_touch_jooq_or_the_generated_tables() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jooq..", "org.minsheng.db..")
                .check(MAIN);
    }

    @Test
    void only_repositories_hold_a_jooq_context() {
        noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Repository")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(DSLContext.class)
                .check(MAIN);
    }

    @Test
    void repositories_are_private_to_their_feature() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Repository")
                .should()
                .notBePublic()
                .check(MAIN);
    }

    @Test
    void views_are_package_private_and_live_in_a_ui_package() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .resideInAPackage("..ui..")
                .andShould()
                .notBePublic()
                .check(MAIN);
    }

    /**
     * Features depend on each other in one direction only, so each can be read, tested and changed
     * from the bottom up. A feature's {@code ui} counts with the feature: the pattern slices by the
     * first package under the root.
     */
    @Test
    void features_do_not_depend_on_each_other_in_a_cycle() {
        slices().matching("org.minsheng.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    /** Screens sit on top: services, read models and renderers work without one, for export and print too. */
    @Test
    void code_outside_ui_never_depends_on_a_ui_package() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.minsheng..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.minsheng..ui..")
                .check(MAIN);
    }
}
