package io.jiceng.platform.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jiceng.platform.problem.InvalidField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdNumberTest {

    @ParameterizedTest
    @CsvSource({
            "11010519491231002X, 1949-12-31, F",   // the example of GB 11643-1999, check character X
            "440524188001010014, 1880-01-01, M",   // the standard's other example
            "350583195003150014, 1950-03-15, M",
    })
    void acceptsNumbersWithTheRightCheckCharacter(String number, LocalDate birth, Gender gender) {
        IdNumber id = IdNumber.parse(number);

        assertThat(id.value()).isEqualTo(number);
        assertThat(id.birthDate()).isEqualTo(birth);
        assertThat(id.gender()).isEqualTo(gender);
    }

    @Test
    void aLowerCaseXAndSurroundingSpacesAreAccepted() {
        assertThat(IdNumber.parse(" 11010519491231002x ").value()).isEqualTo("11010519491231002X");
    }

    @Test
    void aFirstGenerationFifteenDigitNumberIsUpgradedToEighteen() {
        assertThat(IdNumber.parse("110105491231002").value()).isEqualTo("11010519491231002X");
    }

    @ParameterizedTest
    @CsvSource({
            "110105194912310021, id-number.check-digit",
            "11010519491231002,  id-number.length",
            "1101051949123100211, id-number.length",
            "11010519491231X02X, id-number.characters",
            "990105194912310027, id-number.address-code",
            "110105194902300021, id-number.birth-date",
            "110105299901010021, id-number.birth-date",
            "'',                 id-number.required",
    })
    void refusesAnInvalidNumberSayingWhatIsWrong(String number, String messageKey) {
        assertThatThrownBy(() -> IdNumber.parse(number))
                .isInstanceOf(InvalidField.class)
                .satisfies(e -> assertThat(((InvalidField) e).messageKey()).isEqualTo(messageKey))
                .satisfies(e -> assertThat(((InvalidField) e).field()).isEqualTo("idNumber"));
    }

    @Test
    void printsMasked() {
        assertThat(IdNumber.parse("11010519491231002X")).hasToString("110105********002X");
    }
}
