package io.jiceng.platform.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jiceng.modules.fixture.FixtureModule;
import io.jiceng.modules.fixture.FixtureVisits;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

/** A module's indicators are the beans of its configuration's package: listed nowhere, and none lost. */
class ModuleBeansTest {

    /** An indicator of no module: it lies in neither the fixture's package nor below it. */
    static class Stray implements Indicator {
        @Override
        public String id() {
            return "stray";
        }

        @Override
        public String labelKey() {
            return "stray";
        }

        @Override
        public long valueFor(String divisionCode, LocalDate from, LocalDate to) {
            return 0;
        }
    }

    private final ModuleRegistry onlyTheFixture = new ModuleRegistry("0.1.0",
            List.of(new InstalledModule(new FixtureModule(), true)));

    private static GenericApplicationContext contextWith(Indicator... indicators) {
        GenericApplicationContext context = new GenericApplicationContext();
        for (Indicator indicator : indicators) {
            context.registerBean(indicator.id(), Indicator.class, () -> indicator);
        }
        context.refresh();
        return context;
    }

    @Test
    void anIndicatorInTheModulesPackageIsReportedUnderTheModule() {
        FixtureVisits visits = new FixtureVisits(null);
        try (var context = contextWith(visits)) {
            assertThat(new ModuleBeans(onlyTheFixture, context).of(Indicator.class))
                    .hasEntrySatisfying(onlyTheFixture.enabled().get(0), beans -> assertThat(beans).containsExactly(visits));
        }
    }

    @Test
    void anIndicatorOfNoEnabledModuleIsNamedInsteadOfLeftOut() {
        try (var context = contextWith(new Stray())) {
            assertThatThrownBy(() -> new ModuleBeans(onlyTheFixture, context).of(Indicator.class))
                    .hasMessageContaining(Stray.class.getName()).hasMessageContaining("no enabled module");
        }
    }
}
