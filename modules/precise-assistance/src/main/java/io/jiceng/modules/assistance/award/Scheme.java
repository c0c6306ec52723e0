package io.jiceng.modules.assistance.award;

import java.util.Locale;

/** A scheme people are confirmed for: national (奖励扶助, 特别扶助) or local; rows of precise_assistance_scheme. */
public record Scheme(String code, String nameZh, String nameEn, boolean national, int sortOrder, boolean active) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
