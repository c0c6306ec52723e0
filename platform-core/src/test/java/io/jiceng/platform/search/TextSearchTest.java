package io.jiceng.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSearchTest {

    @Test
    void typedTextIsLookedForAnywhereInTheValue() {
        assertThat(TextSearch.containing(" 陈秀英 ")).isEqualTo("%陈秀英%");
    }

    @Test
    void percentAndUnderscoreMatchOnlyThemselves() {
        assertThat(TextSearch.containing("2026_017")).isEqualTo("%2026!_017%");
        assertThat(TextSearch.containing("100%")).isEqualTo("%100!%%");
    }

    @Test
    void theEscapeCharacterItselfIsEscaped() {
        assertThat(TextSearch.containing("急!")).isEqualTo("%急!!%");
    }

    @Test
    void nothingTypedSearchesNothing() {
        assertThat(TextSearch.containing(null)).isNull();
        assertThat(TextSearch.containing("  ")).isNull();
    }
}
