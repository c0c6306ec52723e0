package io.jiceng.platform.notice;

import io.jiceng.platform.division.DivisionLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * How to object to a notice, as posted notices say: the address of the office that takes objections and its
 * supervision phone (监督电话), configured per division, most specific first:
 * {@code platform.notice.contact.address@<division>} (the notice's division or its nearest ancestor with one), then
 * {@code platform.notice.contact.address}; the same for {@code .phone}. What is not configured is not told.
 */
@Component
public class NoticeContacts {

    static final String PROPERTY = "platform.notice.contact";

    private final Environment environment;
    private final MessageSource messages;

    public NoticeContacts(Environment environment, MessageSource messages) {
        this.environment = environment;
        this.messages = messages;
    }

    /** The lines to print under a notice of the division, e.g. 异议受理地址：… and 监督电话：…, in the given language. */
    public List<String> lines(String divisionCode, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (String part : List.of("address", "phone")) {
            String value = configured(part, divisionCode);
            if (value != null) {
                lines.add(messages.getMessage("notice.contact." + part, new Object[] {value}, locale));
            }
        }
        return lines;
    }

    private String configured(String part, String divisionCode) {
        for (DivisionLevel level = DivisionLevel.ofCode(divisionCode); level != null; level = level.parent()) {
            String value = environment.getProperty(PROPERTY + "." + part + "@" + level.ancestorCodeOf(divisionCode));
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        String fallback = environment.getProperty(PROPERTY + "." + part);
        return fallback == null || fallback.isBlank() ? null : fallback.strip();
    }
}
