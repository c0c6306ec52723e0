package io.jiceng.platform.module;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The core's API packages hold what a module may call, and nothing of the core's internals. */
class PublishedApiTest {

    @Test
    void theApiPackagesHoldNoMapperControllerOrEngineCallback() {
        ModuleBoundaries.theApiHoldsNoInternals().check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ModuleBoundaries.CORE));
    }

    @Test
    void anEngineCallbackInAnApiPackageIsCaught() {
        EvaluationResult result = ModuleBoundaries.theApiHoldsNoInternals()
                .evaluate(new ClassFileImporter().importPackages(ModuleBoundaries.CORE + ".casework"));

        assertThat(result.getFailureReport().getDetails()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("CallsBackFromTheApi.moveTo");
    }
}
