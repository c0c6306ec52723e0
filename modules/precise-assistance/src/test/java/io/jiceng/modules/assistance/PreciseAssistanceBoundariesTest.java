package io.jiceng.modules.assistance;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.jiceng.platform.module.ModuleBoundaries;
import org.junit.jupiter.api.Test;

/**
 * This module keeps to the module contract: it lies under io.jiceng.modules, uses the core's published API only,
 * no other module, no UI application.
 */
class PreciseAssistanceBoundariesTest {

    private final JavaClasses module = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jiceng.modules.assistance");

    @Test
    void usesOnlyThePlatformsPublicApi() {
        ModuleBoundaries.descriptorsLieUnderTheModulesPackage().check(module);
        ModuleBoundaries.modulesUseOnlyTheCorePublicApi().check(module);
        ModuleBoundaries.modulesNeverUseTheApplication().check(module);
        ModuleBoundaries.modulesNeverUseEachOther().check(module);
    }
}
