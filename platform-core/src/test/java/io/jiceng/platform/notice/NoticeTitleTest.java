package io.jiceng.platform.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.jiceng.platform.problem.NotFound;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Years, batch numbers and ids in the core's messages are written as such, never as amounts (2,026). */
class NoticeTitleTest {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    NoticeTitleTest() {
        messages.setBasenames("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void theNoticesYearAndBatchHaveNoThousandsSeparator() {
        Object[] title = {"溪美街道", "奖励扶助对象确认", 2026, 3};
        assertThat(messages.getMessage("notice.title", title, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("溪美街道奖励扶助对象确认公示（2026年第3批）");
        assertThat(messages.getMessage("notice.title", title, Locale.ENGLISH)).endsWith("(2026, batch 3)");
        assertThat(messages.getMessage("notice.title", new Object[] {"溪美街道", "公示", 2026, 1234}, Locale.ENGLISH))
                .endsWith("(2026, batch 1234)");
    }

    @Test
    void anIdThatWasNotFoundIsWrittenAsItIs() {
        NotFound missing = new NotFound("case", 4711L);
        assertThat(messages.getMessage(missing.messageKey(), missing.arguments(), Locale.SIMPLIFIED_CHINESE)).contains("（4711）");
        assertThat(messages.getMessage("resident.import.duplicate-in-file", new Object[] {1205}, Locale.ENGLISH))
                .isEqualTo("Same ID number as row 1205.");
    }
}
