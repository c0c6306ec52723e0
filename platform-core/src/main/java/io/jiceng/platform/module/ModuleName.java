package io.jiceng.platform.module;

import java.util.Locale;

/** A module's name in the platform's two languages. */
public record ModuleName(String chinese, String english) {

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? english : chinese;
    }
}
