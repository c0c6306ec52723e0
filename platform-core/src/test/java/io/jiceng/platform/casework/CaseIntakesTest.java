package io.jiceng.platform.casework;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.jiceng.modules.fixture.FixtureModule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An intake names a case type its module declares, and only one intake takes in each. */
class CaseIntakesTest {

    private final CaseTypes declared = mock(CaseTypes.class);

    CaseIntakesTest() {
        when(declared.all()).thenReturn(List.of(FixtureModule.VISIT));
    }

    private static CaseIntake intakeOf(CaseType type) {
        return new CaseIntake() {
            @Override
            public CaseType caseType() {
                return type;
            }

            @Override
            public Admission admit(CaseRequest request) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void anIntakeOfACaseTypeNoEnabledModuleDeclaresStopsTheStart() {
        CaseType undeclared = new CaseType("fixture", "survey", "FS", "fixture-survey");

        assertThatThrownBy(() -> new CaseIntakes(List.of(intakeOf(undeclared)), declared, null))
                .hasMessageContaining("fixture").hasMessageContaining("survey")
                .hasMessageContaining("no enabled module lists in its caseTypes()");
    }

    @Test
    void twoIntakesOfOneCaseTypeStopTheStart() {
        assertThatThrownBy(() -> new CaseIntakes(List.of(intakeOf(FixtureModule.VISIT), intakeOf(FixtureModule.VISIT)),
                declared, null)).hasMessageContaining("Two intakes take in");
    }
}
