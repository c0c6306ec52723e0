package io.jiceng.platform.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jiceng.modules.fixture.FixtureModule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModuleRegistryTest {

    static class ModuleFor extends FixtureModule {
        private final String id;
        private final String coreVersion;
        private final Set<String> after;

        ModuleFor(String id, String coreVersion, Set<String> after) {
            this.id = id;
            this.coreVersion = coreVersion;
            this.after = after;
        }

        @Override
        public String id() {
            return id;
        }

        /** A module jar built elsewhere: its version as its build would have written it. */
        @Override
        public String version() {
            return "1.0.0";
        }

        @Override
        public String requiredCoreVersion() {
            return coreVersion;
        }

        @Override
        public Set<String> migratesAfter() {
            return after;
        }
    }

    @Test
    void aModuleForTheSameMajorAndMinorCoreVersionFits() {
        org.assertj.core.api.Assertions.assertThatNoException().isThrownBy(
                () -> ModuleRegistry.checkCompatible(new ModuleFor("referral", "0.1", Set.of()), "0.1.3"));
        org.assertj.core.api.Assertions.assertThatNoException().isThrownBy(
                () -> ModuleRegistry.checkCompatible(new ModuleFor("referral", "0.1", Set.of()), "0.1.0-SNAPSHOT"));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> ModuleRegistry.checkCompatible(new ModuleFor("referral", "0.1", Set.of()), "0.2.0"))
                .as("the same major, another minor version").isInstanceOf(IncompatibleModule.class);
    }

    @Test
    void aModuleForAnotherCoreStopsTheStartNamingTheModuleAndBothVersions() {
        IncompatibleModule failure = (IncompatibleModule) org.assertj.core.api.Assertions.catchThrowable(
                () -> ModuleRegistry.checkCompatible(new ModuleFor("legal-aid", "0.2", Set.of()), "0.1.0"));

        var analysis = new IncompatibleModuleFailureAnalyzer().analyze(new RuntimeException(failure));
        assertThat(analysis.getDescription())
                .isEqualTo("Module 'legal-aid' version 1.0.0 requires platform core 0.2.x, but this platform is core 0.1.0.");
        assertThat(analysis.getAction()).contains("platform.modules.legal-aid.enabled=false");
    }

    @Test
    void migrationsRunAfterTheModulesTheyDependOnAndTheCoreAlwaysFirst() {
        Map<String, ServiceModule> modules = new LinkedHashMap<>();
        modules.put("a-reports", new ModuleFor("a-reports", "0.1", Set.of("migrants")));
        modules.put("migrants", new ModuleFor("migrants", "0.1", Set.of()));
        modules.put("core", new CoreModule());

        assertThat(ModuleRegistry.inMigrationOrder(modules)).extracting(ServiceModule::id)
                .containsExactly("core", "migrants", "a-reports");
    }

    @Test
    void modulesWaitingForEachOtherInACircleAreRefused() {
        Map<String, ServiceModule> modules = Map.of(
                "a", new ModuleFor("a", "0.1", Set.of("b")),
                "b", new ModuleFor("b", "0.1", Set.of("a")));

        assertThatThrownBy(() -> ModuleRegistry.inMigrationOrder(modules)).hasMessageContaining("circle");
    }

    @Test
    void theCoreReportsItsOwnVersion() {
        assertThat(CoreVersion.current()).startsWith("0.1");
        assertThat(List.of(new CoreModule().version())).containsExactly(CoreVersion.current());
    }

    @Test
    void aModulesVersionIsTheOneItsBuildWroteFromItsPom() {
        assertThat(new FixtureModule().version()).isEqualTo("1.0.0");
    }

    @Test
    void aModuleWhoseBuildWroteNoVersionIsToldWhatIsMissing() {
        ServiceModule unbuilt = new FixtureModule() {
            @Override
            public String id() {
                return "unbuilt";
            }
        };

        assertThatThrownBy(unbuilt::version).hasMessageContaining("META-INF/jiceng-module/unbuilt.properties");
    }
}
