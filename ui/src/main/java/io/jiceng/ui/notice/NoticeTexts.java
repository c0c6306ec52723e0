package io.jiceng.ui.notice;

import com.vaadin.flow.component.Component;
import io.jiceng.platform.division.DivisionService;
import io.jiceng.platform.notice.Notice;
import io.jiceng.platform.screen.Formats;
import io.jiceng.platform.screen.Texts;
import java.time.Duration;
import java.time.Instant;

/** How a notice is named and its period told, the same on every notice screen. */
final class NoticeTexts {

    private NoticeTexts() {
    }

    /** e.g. 溪美街道奖励扶助对象确认公示（2026年第1批）. */
    static String title(Component on, Notice notice, DivisionService divisions) {
        String division = divisions.find(notice.divisionCode()).map(d -> d.name()).orElse(notice.divisionCode());
        return on.getTranslation("notice.title", division, procedure(on, notice.procedureCode()), notice.yearNo(), notice.batchNo());
    }

    /** The procedure's name from the bundles of the module that owns it ({@code notice.procedure.<code>}). */
    static String procedure(Component on, String code) {
        return Texts.orElse(on, "notice.procedure." + code, code);
    }

    static String period(Component on, Notice notice) {
        java.util.Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        return on.getTranslation("notice.period", Formats.dateTime(notice.publishedAt(), locale),
                Formats.dateTime(notice.endsAt(), locale));
    }

    /** The time left until the period ends, or that it has ended. */
    static String remaining(Component on, Notice notice, Instant now) {
        Duration left = Duration.between(now, notice.endsAt());
        if (notice.closedAt() != null || left.isNegative()) {
            return on.getTranslation("notice-status.CLOSED");
        }
        return on.getTranslation("notice.remaining", left.toDays(), left.toHoursPart(), Math.max(1, left.toMinutesPart()));
    }
}
