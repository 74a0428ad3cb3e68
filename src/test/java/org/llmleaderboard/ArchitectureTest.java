package org.llmleaderboard;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The design, checked on the compiled classes: dependencies point one way (web and graphql → service → repository →
 * domain; {@code query} a leaf every layer may use), no package cycles, entities stay inside the service layer, SQL
 * and the EntityManager only in repositories, and no long argument lists. README's "Code map" draws the same picture.
 */
class ArchitectureTest {

    static final String ROOT = "org.llmleaderboard";
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void shouldHaveNoCyclesBetweenTopLevelPackages() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void shouldHaveNoCyclesBetweenAnyTwoPackages() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void shouldLetDependenciesPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Web").definedBy(ROOT + ".web..")
                .layer("GraphQL").definedBy(ROOT + ".graphql..")
                .layer("Service").definedBy(ROOT + ".service..")
                .layer("Importer").definedBy(ROOT + ".importer..")
                .layer("Repository").definedBy(ROOT + ".repository..")
                .layer("Domain").definedBy(ROOT + ".domain..")
                .layer("Query").definedBy(ROOT + ".query..")
                .layer("Security").definedBy(ROOT + ".security..")
                .layer("Config").definedBy(ROOT + ".config..")
                .whereLayer("Web").mayNotBeAccessedByAnyLayer()
                .whereLayer("GraphQL").mayNotBeAccessedByAnyLayer()
                .whereLayer("Service").mayOnlyBeAccessedByLayers("Web", "GraphQL")
                .whereLayer("Importer").mayOnlyBeAccessedByLayers("Service")
                .whereLayer("Repository").mayOnlyBeAccessedByLayers("Service")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Service", "Repository", "Importer", "Web", "GraphQL")
                .whereLayer("Query").mayOnlyBeAccessedByLayers("Web", "GraphQL", "Service", "Repository")
                .whereLayer("Security").mayOnlyBeAccessedByLayers("Web", "GraphQL", "Service")
                .check(classes);
    }

    @Test
    void shouldKeepQueryALeaf() {
        noClasses().that().resideInAPackage(ROOT + ".query..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".web..", ROOT + ".graphql..", ROOT + ".service..",
                        ROOT + ".repository..", ROOT + ".importer..", ROOT + ".domain..", ROOT + ".security..", ROOT + ".config..")
                .check(classes);
    }

    @Test
    void shouldKeepEntitiesInsideTheServiceLayer() {
        noClasses().that().resideInAnyPackage(ROOT + ".web..", ROOT + ".graphql..", ROOT + ".importer..", ROOT + ".security..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(classes);
    }

    @Test
    void shouldUseTheEntityManagerAndHqlOnlyInRepositories() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".repository..")
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("a Panache query",
                        call -> call.getTargetOwner().getPackageName().startsWith("io.quarkus.hibernate.orm.panache")
                                && !call.getName().equals("persist") && !call.getName().equals("isPersistent")))
                .check(classes);
    }

    @Test
    void shouldTakeAtMostSixParametersInEveryMethod() {
        methods().that().areDeclaredInClassesThat().resideInAPackage(ROOT + "..")
                .should(new ArchCondition<JavaMethod>("take at most 6 parameters") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        int n = method.getRawParameterTypes().size();
                        if (n > 6 && !method.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.SYNTHETIC)) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " takes " + n + " parameters"));
                        }
                    }
                })
                .check(classes);
    }
}
