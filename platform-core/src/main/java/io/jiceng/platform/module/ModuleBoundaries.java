package io.jiceng.platform.module;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The boundaries of the module contract, as ArchUnit rules that the platform's and each module's tests check:
 * a module lies under {@code io.jiceng.modules}, uses only the core's published API, never another module, never
 * the UI application; the core never uses a module.
 * <p>
 * The published API is the packages {@link #API_PACKAGES} of {@code io.jiceng.platform} themselves; their
 * subpackages ({@code casework.internal} …) and every other package of the core are internals: REST controllers,
 * MyBatis mappers and their rows, the callbacks the engine calls from BPMN expressions, wiring.
 */
public final class ModuleBoundaries {

    public static final String CORE = "io.jiceng.platform";
    public static final String MODULES = "io.jiceng.modules";
    public static final String APPLICATION = "io.jiceng.ui";
    public static final Set<String> API_PACKAGES = Set.of("module", "casework", "resident", "division", "staff",
            "workitem", "audit", "problem", "review", "notice", "calendar", "export", "event", "screen");
    /** The packages the platform's own parts live in; the application class lies in {@code io.jiceng} itself. */
    static final List<String> PLATFORM_PACKAGES = List.of("io.jiceng", CORE + "..", MODULES + "..",
            APPLICATION + "..", "io.jiceng.bpmn..", "io.jiceng.testsupport..");

    private ModuleBoundaries() {
    }

    /** Classes of the published API: those in an API package itself, not in a subpackage of one. */
    static final DescribedPredicate<JavaClass> PUBLISHED_API = new DescribedPredicate<>("the core's published API") {
        @Override
        public boolean test(JavaClass target) {
            String pkg = target.getPackageName();
            return pkg.startsWith(CORE + ".") && API_PACKAGES.contains(pkg.substring(CORE.length() + 1));
        }
    };

    /** Core classes a module may not use. */
    static final DescribedPredicate<JavaClass> CORE_INTERNALS = new DescribedPredicate<>("core internals") {
        @Override
        public boolean test(JavaClass target) {
            String pkg = target.getPackageName();
            return (pkg.equals(CORE) || pkg.startsWith(CORE + ".")) && !PUBLISHED_API.test(target);
        }
    };

    // A deployment may have no module at all: the module rules then have nothing to check, which is fine.
    public static ArchRule modulesUseOnlyTheCorePublicApi() {
        return noClasses().that().resideInAPackage(MODULES + "..")
                .should().dependOnClassesThat(CORE_INTERNALS)
                .because("a module uses only the core's published API (" + String.join(", ", API_PACKAGES.stream()
                        .sorted().toList()) + "), never its internals (mappers, controllers, engine callbacks)")
                .allowEmptyShould(true);
    }

    public static ArchRule modulesNeverUseTheApplication() {
        return noClasses().that().resideInAPackage(MODULES + "..")
                .should().dependOnClassesThat().resideInAPackage(APPLICATION + "..")
                .because("a module is installed into the application, it does not build on its screens")
                .allowEmptyShould(true);
    }

    public static ArchRule modulesNeverUseEachOther() {
        return SlicesRuleDefinition.slices().matching(MODULES + ".(*)..").should().notDependOnEachOther()
                .because("cross-module reactions go through platform events")
                .allowEmptyShould(true);
    }

    /**
     * A module's descriptor, and so the module, lies under {@code io.jiceng.modules}: elsewhere the other rules
     * would not see it at all.
     */
    public static ArchRule descriptorsLieUnderTheModulesPackage() {
        return classes().that().implement(ServiceModule.class).and().resideOutsideOfPackage(CORE + "..")
                .should().resideInAPackage(MODULES + "..")
                .because("the boundary rules look for modules under " + MODULES)
                .allowEmptyShould(true);
    }

    /** Nothing of the platform lies beside its parts (core, modules, application, process library, test support). */
    public static ArchRule onlyThePlatformsPackages() {
        return classes().that().resideInAPackage("io.jiceng..")
                .should().resideInAnyPackage(PLATFORM_PACKAGES.toArray(String[]::new))
                .because("a class elsewhere under io.jiceng is neither core nor module, and no boundary rule sees it");
    }

    public static ArchRule coreNeverUsesAModule() {
        return noClasses().that().resideInAPackage(CORE + "..")
                .should().dependOnClassesThat().resideInAPackage(MODULES + "..")
                .because("the core knows modules only through their descriptors");
    }

    /** The API packages hold no public mapper, REST controller or engine callback: those belong in internals. */
    public static ArchRule theApiHoldsNoInternals() {
        return noClasses().that(PUBLISHED_API).and().arePublic()
                .should().beAnnotatedWith("org.apache.ibatis.annotations.Mapper")
                .orShould().beAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                .orShould(offerEngineCallbacks())
                .because("what lies in an API package is what a module may call");
    }

    /**
     * The descriptors of every module on the classpath, wherever they lie: the application's tests check them with
     * {@link #descriptorsLieUnderTheModulesPackage()}, which an import of {@code io.jiceng} alone would miss.
     */
    public static JavaClasses installedDescriptors() {
        return new ClassFileImporter().importClasses(ServiceLoader.load(ServiceModule.class).stream()
                .<Class<?>>map(ServiceLoader.Provider::type).toList());
    }

    private static ArchCondition<JavaClass> offerEngineCallbacks() {
        return new ArchCondition<>("offer public methods taking the engine's DelegateExecution or DelegateTask") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                item.getMethods().stream()
                        .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                        .filter(m -> m.getRawParameterTypes().stream().anyMatch(ModuleBoundaries::isEngineDelegate))
                        .forEach(m -> events.add(SimpleConditionEvent.satisfied(m, m.getFullName() + " is an engine callback")));
            }
        };
    }

    private static boolean isEngineDelegate(JavaClass type) {
        return type.isAssignableTo("org.camunda.bpm.engine.delegate.DelegateExecution")
                || type.isAssignableTo("org.camunda.bpm.engine.delegate.DelegateTask");
    }
}
