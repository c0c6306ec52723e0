package io.jiceng.platform.module;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.Set;

/**
 * The boundaries of the module contract, as ArchUnit rules that the platform's and each module's tests check:
 * a module uses only the core's public API, never core internals, never another module, never the UI
 * application; the core never uses a module.
 * <p>
 * The public API is the packages {@link #API_PACKAGES} of {@code io.jiceng.platform}, except MyBatis mappers
 * (a module reads core data through the core's services, never its tables).
 */
public final class ModuleBoundaries {

    public static final String CORE = "io.jiceng.platform";
    public static final String MODULES = "io.jiceng.modules";
    public static final Set<String> API_PACKAGES = Set.of("module", "casework", "resident", "division", "staff",
            "workitem", "audit", "problem", "review", "notice", "calendar", "export");

    private ModuleBoundaries() {
    }

    /** Core classes a module may not use. */
    static final DescribedPredicate<JavaClass> CORE_INTERNALS = new DescribedPredicate<>("core internals") {
        @Override
        public boolean test(JavaClass target) {
            String pkg = target.getPackageName();
            if (!pkg.equals(CORE) && !pkg.startsWith(CORE + ".")) {
                return false;
            }
            String area = pkg.equals(CORE) ? "" : pkg.substring(CORE.length() + 1).split("\\.")[0];
            return !API_PACKAGES.contains(area) || target.getSimpleName().endsWith("Mapper");
        }
    };

    // A deployment may have no module at all: the module rules then have nothing to check, which is fine.
    public static ArchRule modulesUseOnlyTheCorePublicApi() {
        return noClasses().that().resideInAPackage(MODULES + "..")
                .should().dependOnClassesThat(CORE_INTERNALS)
                .because("a module uses only the core's public API (" + String.join(", ", API_PACKAGES)
                        + "), never its mappers or internals")
                .allowEmptyShould(true);
    }

    public static ArchRule modulesNeverUseTheApplication() {
        return noClasses().that().resideInAPackage(MODULES + "..")
                .should().dependOnClassesThat().resideInAPackage("io.jiceng.ui..")
                .because("a module is installed into the application, it does not build on its screens")
                .allowEmptyShould(true);
    }

    public static ArchRule modulesNeverUseEachOther() {
        return SlicesRuleDefinition.slices().matching(MODULES + ".(*)..").should().notDependOnEachOther()
                .because("cross-module reactions go through platform events")
                .allowEmptyShould(true);
    }

    public static ArchRule coreNeverUsesAModule() {
        return noClasses().that().resideInAPackage(CORE + "..")
                .should().dependOnClassesThat().resideInAPackage(MODULES + "..")
                .because("the core knows modules only through their descriptors");
    }
}
