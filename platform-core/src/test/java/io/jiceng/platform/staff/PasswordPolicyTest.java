package io.jiceng.platform.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jiceng.platform.problem.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(8);

    @Test
    void theDemoPasswordIsGoodEnough() {
        assertThatCode(() -> policy.check("reviewer", "Demo@2026")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({
            "Ab1@xyz,         password.too-short",        // 7 characters
            "'',              password.too-short",
            "abcdefgh12,      password.too-simple",       // two kinds: lower case and digits
            "ABCDEFGH!!,      password.too-simple",
            "Reviewer@2026,   password.contains-username", // the name, in other case
            "2026@reweiveR,   password.contains-username", // the name backwards
    })
    void refusesAWeakPasswordSayingWhichRuleItBreaks(String password, String messageKey) {
        assertThatThrownBy(() -> policy.check("reviewer", password))
                .isInstanceOf(InvalidField.class)
                .satisfies(e -> assertThat(((InvalidField) e).messageKey()).isEqualTo(messageKey))
                .satisfies(e -> assertThat(((InvalidField) e).field()).isEqualTo("password"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(password.isEmpty() ? "\u0000" : password));
    }

    @Test
    void threeKindsOfCharactersOutOfFourAreEnough() {
        assertThatCode(() -> policy.check("clerk", "abcdefg12!")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("clerk", "Abcdefgh12")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("clerk", "王丽华Abc123")).doesNotThrowAnyException();
    }

    @Test
    void theMinimumLengthIsConfigurable() {
        PasswordPolicy stricter = new PasswordPolicy(12);

        assertThatThrownBy(() -> stricter.check("clerk", "Demo@2026"))
                .satisfies(e -> assertThat(((InvalidField) e).arguments()).containsExactly(12));
    }
}
