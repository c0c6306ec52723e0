package io.jiceng.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Chinese is the default and English is complete: both bundles have the same keys, none left empty. */
class TranslationsTest {

    private static Properties load(String resource) throws Exception {
        Properties properties = new Properties();
        try (var in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "i18n/ui"})
    void everyChineseTextHasAnEnglishOneAndTheOtherWayRound(String bundle) throws Exception {
        Properties chinese = load(bundle + ".properties");
        Properties english = load(bundle + "_en.properties");

        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(chinese.keySet());
        assertThat(chinese.values()).allSatisfy(text -> assertThat((String) text).isNotBlank());
        assertThat(english.values()).allSatisfy(text -> assertThat((String) text).isNotBlank());
    }
}
