package org.minsheng;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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

    @Test
    void views_never_touch_jooq_or_the_generated_tables() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.minsheng.db..")
                .check(MAIN);
    }

    @Test
    void only_repositories_hold_a_jooq_context() {
        noClasses().that().haveSimpleNameNotEndingWith("Repository")
                .should().dependOnClassesThat().areAssignableTo(DSLContext.class)
                .check(MAIN);
    }

    @Test
    void repositories_are_private_to_their_feature() {
        classes().that().haveSimpleNameEndingWith("Repository").should().notBePublic().check(MAIN);
    }

    @Test
    void views_are_package_private_and_live_in_a_ui_package() {
        classes().that().areAnnotatedWith(Route.class)
                .should().resideInAPackage("..ui..").andShould().notBePublic()
                .check(MAIN);
    }
}
