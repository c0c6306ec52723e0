package io.jiceng.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import io.jiceng.platform.screen.Texts;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translations come from the same message bundles as the core's messages
 * ({@code i18n/messages*.properties}, {@code i18n/ui*.properties}): Chinese by default, English available.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final MessageSource messages;

    public Translations(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.getMessage(key, params, Texts.MISSING + key, locale == null ? CHINESE : locale);
    }
}
