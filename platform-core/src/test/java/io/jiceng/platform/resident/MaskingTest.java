package io.jiceng.platform.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MaskingTest {

    private final Masking defaults = Masking.current();

    @ParameterizedTest
    @CsvSource({"张三丰, 张*丰", "王芳, 王*", "欧阳娜娜, 欧**娜", "李, *", "阿卜杜·热合曼, 阿*****曼"})
    void namesKeepOnlyTheFirstAndLastCharacterByDefault(String name, String masked) {
        assertThat(defaults.name(name)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({"350583195003150014, 350583********0014", "11010519491231002X, 110105********002X"})
    void idNumbersHideTheBirthDateAndSequenceByDefault(String id, String masked) {
        assertThat(defaults.idNumber(id)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({"13905951234, 139****1234"})
    void phonesHideTheMiddleFourDigitsByDefault(String phone, String masked) {
        assertThat(defaults.phone(phone)).isEqualTo(masked);
    }

    @Test
    void anOfficeMayChooseItsOwnPatterns() {
        Masking strict = new Masking("keep-first", "keep 3 first and 2 last", "keep 4 last");
        assertThat(strict.name("张三丰")).isEqualTo("张**");
        assertThat(strict.idNumber("350583195003150014")).isEqualTo("350*************14");
        assertThat(strict.phone("13905951234")).isEqualTo("*******1234");
        assertThat(MaskPattern.parse("first-and-last")).isEqualTo(new MaskPattern(1, 1));
    }

    @Test
    void aPatternThatIsNoPatternIsRefusedAtStart() {
        assertThatThrownBy(() -> MaskPattern.parse("show everything")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("keep 1 first and 1 last");
        assertThatThrownBy(() -> MaskPattern.parse("keep")).isInstanceOf(IllegalArgumentException.class);
    }
}
