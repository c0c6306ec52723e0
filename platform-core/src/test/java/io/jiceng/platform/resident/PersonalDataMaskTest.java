package io.jiceng.platform.resident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataMaskTest {

    @ParameterizedTest
    @CsvSource({"张三丰, 张*丰", "王芳, 王*", "欧阳娜娜, 欧**娜", "李, *", "阿卜杜·热合曼, 阿*****曼"})
    void namesKeepOnlyTheFirstAndLastCharacter(String name, String masked) {
        assertThat(PersonalDataMask.name(name)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({"350583195003150014, 350583********0014", "11010519491231002X, 110105********002X"})
    void idNumbersHideTheBirthDateAndSequence(String id, String masked) {
        assertThat(PersonalDataMask.idNumber(id)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({"13905951234, 139****1234"})
    void phonesHideTheMiddleFourDigits(String phone, String masked) {
        assertThat(PersonalDataMask.phone(phone)).isEqualTo(masked);
    }
}
