package io.jiceng.platform.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jiceng.platform.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DivisionLevelTest {

    @ParameterizedTest
    @CsvSource({"35, PROVINCE", "3505, PREFECTURE", "350583, COUNTY", "350583001, TOWNSHIP", "350583001001, VILLAGE",
            "350583001001001, GRID"})
    void theLengthOfACodeNamesItsLevel(String code, DivisionLevel level) {
        assertThat(DivisionLevel.ofCode(code)).isEqualTo(level);
    }

    @Test
    void malformedCodesAreRefused() {
        assertThatThrownBy(() -> DivisionLevel.ofCode("35058")).isInstanceOf(Problem.class)
                .hasFieldOrPropertyWithValue("messageKey", "division.code.invalid");
        assertThatThrownBy(() -> DivisionLevel.ofCode("35058300100A")).isInstanceOf(Problem.class)
                .hasFieldOrPropertyWithValue("messageKey", "division.code.invalid");
    }

    @Test
    void aVillageKnowsItsTownshipAndCounty() {
        assertThat(DivisionLevel.TOWNSHIP.ancestorCodeOf("350583001001")).isEqualTo("350583001");
        assertThat(DivisionLevel.COUNTY.ancestorCodeOf("350583001001001")).isEqualTo("350583");
        assertThatThrownBy(() -> DivisionLevel.VILLAGE.ancestorCodeOf("350583001")).isInstanceOf(Problem.class)
                .hasFieldOrPropertyWithValue("messageKey", "division.not-below");
    }

    @Test
    void aStreetScopeCoversItsVillagesAndGridsButNotTheNeighbouringStreet() {
        assertThat(DivisionScope.contains("350583001", "350583001001")).isTrue();
        assertThat(DivisionScope.contains("350583001", "350583001001002")).isTrue();
        assertThat(DivisionScope.contains("350583001", "350583001")).isTrue();
        assertThat(DivisionScope.contains("350583001", "350583002001")).isFalse();
        assertThat(DivisionScope.contains("350583001", "350583")).isFalse();
        assertThat(DivisionScope.likePattern("350583001")).isEqualTo("350583001%");
    }
}
