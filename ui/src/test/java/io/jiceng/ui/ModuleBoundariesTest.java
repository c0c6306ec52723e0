package io.jiceng.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import io.jiceng.platform.module.ModuleBoundaries;
import org.junit.jupiter.api.Test;

/** The module contract's boundaries over everything the application is built from. */
class ModuleBoundariesTest {

    private static final String FIXTURE = "io.jiceng.modules.reachesin";

    private final JavaClasses everything = new ClassFileImporter().importPackages("io.jiceng");
    private final JavaClasses withoutFixture = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/io/jiceng/modules/reachesin/"))
            .importPackages("io.jiceng");

    @Test
    void theCoreAndTheModulesKeepTheirBoundaries() {
        ModuleBoundaries.modulesUseOnlyTheCorePublicApi().check(withoutFixture);
        ModuleBoundaries.modulesNeverUseTheApplication().check(withoutFixture);
        ModuleBoundaries.modulesNeverUseEachOther().check(withoutFixture);
        ModuleBoundaries.coreNeverUsesAModule().check(withoutFixture);
    }

    @Test
    void aModuleReadingACoreTableThroughTheCoresMapperIsCaught() {
        EvaluationResult result = ModuleBoundaries.modulesUseOnlyTheCorePublicApi().evaluate(everything);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).isNotEmpty()
                .allSatisfy(violation -> assertThat(violation).contains(FIXTURE).contains("ResidentMapper"));
    }
}
