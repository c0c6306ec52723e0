package io.jiceng.modules.assistance.award;

import java.text.MessageFormat;
import java.util.Locale;

/** One condition of a scheme, as configured for all counties ({@code *}) or for one county. */
public record EligibilityRule(String schemeCode, String ruleCode, String countyCode, String checkKind, Integer parameter,
                              String wordingZh, String wordingEn, boolean enabled, int sortOrder) {

    public static final String ALL_COUNTIES = "*";

    public EligibilityCheck check() {
        return EligibilityCheck.valueOf(checkKind);
    }

    /** The rule's wording in the language asked for, with its number filled in. */
    public String wording(Locale locale) {
        String pattern = locale != null && "en".equals(locale.getLanguage()) ? wordingEn : wordingZh;
        return parameter == null ? pattern : MessageFormat.format(pattern, String.valueOf(parameter));
    }

    public boolean passes(AwardFacts facts) {
        return check().passes(facts, parameter);
    }
}
