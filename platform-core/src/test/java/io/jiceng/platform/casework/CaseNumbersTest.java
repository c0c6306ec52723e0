package io.jiceng.platform.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseNumbersTest {

    @Test
    void aCaseNumberShowsPrefixYearAndSequence() {
        assertThat(CaseNumbers.format("RC", 2026, 42)).isEqualTo("RC-2026-000042");
        assertThat(CaseNumbers.format("JL", 2027, 123456)).isEqualTo("JL-2027-123456");
    }
}
