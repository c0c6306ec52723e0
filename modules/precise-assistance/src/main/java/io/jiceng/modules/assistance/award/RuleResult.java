package io.jiceng.modules.assistance.award;

import java.util.Locale;

/** Whether an application meets one rule. */
public record RuleResult(EligibilityRule rule, boolean passed) {

    public String wording(Locale locale) {
        return rule.wording(locale);
    }

    public String ruleCode() {
        return rule.ruleCode();
    }
}
