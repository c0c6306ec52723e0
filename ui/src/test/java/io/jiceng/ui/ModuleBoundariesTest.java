package io.jiceng.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.jiceng.platform.module.ModuleBoundaries;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module contract's boundaries over everything the application is built from. */
class ModuleBoundariesTest {

    private static final String REACHES_IN = "io.jiceng.modules.reachesin";
    private static final String STRAYS = "io.jiceng.strays";

    private final JavaClasses everything = new ClassFileImporter().importPackages("io.jiceng");
    private final JavaClasses withoutFixtures = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/io/jiceng/modules/reachesin/")
                    && !location.contains("/io/jiceng/strays/"))
            .importPackages("io.jiceng");

    @Test
    void theCoreAndTheModulesKeepTheirBoundaries() {
        ModuleBoundaries.modulesUseOnlyTheCorePublicApi().check(withoutFixtures);
        ModuleBoundaries.modulesNeverUseTheApplication().check(withoutFixtures);
        ModuleBoundaries.modulesNeverUseEachOther().check(withoutFixtures);
        ModuleBoundaries.coreNeverUsesAModule().check(withoutFixtures);
        ModuleBoundaries.onlyThePlatformsPackages().check(withoutFixtures);
        ModuleBoundaries.theApiHoldsNoInternals().check(withoutFixtures);
    }

    @Test
    void everyInstalledModuleLiesUnderTheModulesPackage() {
        assertThat(ModuleBoundaries.installedDescriptors()).isNotEmpty();
        ModuleBoundaries.descriptorsLieUnderTheModulesPackage().check(ModuleBoundaries.installedDescriptors());
    }

    @Test
    void aModuleReadingACoreTableOrMovingACaseItselfIsCaught() {
        List<String> violations = violations(ModuleBoundaries.modulesUseOnlyTheCorePublicApi());

        assertThat(violations).isNotEmpty().allSatisfy(violation -> assertThat(violation).contains(REACHES_IN));
        assertThat(violations).anySatisfy(violation -> assertThat(violation).contains("internal.ResidentMapper"));
        assertThat(violations).anySatisfy(violation -> assertThat(violation).contains("internal.CaseStatusChanges"));
    }

    @Test
    void aModuleOutsideTheModulesPackageIsCaught() {
        assertThat(violations(ModuleBoundaries.descriptorsLieUnderTheModulesPackage())).singleElement()
                .asString().contains(STRAYS + ".StrayModule");
    }

    @Test
    void aClassBesideThePlatformsPartsIsCaught() {
        assertThat(violations(ModuleBoundaries.onlyThePlatformsPackages())).singleElement()
                .asString().contains(STRAYS + ".StrayModule");
    }

    private List<String> violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(everything);
        return result.getFailureReport().getDetails();
    }
}
