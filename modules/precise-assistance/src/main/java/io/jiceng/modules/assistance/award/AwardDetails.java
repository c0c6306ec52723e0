package io.jiceng.modules.assistance.award;

import io.jiceng.platform.casework.CaseRecord;
import java.util.List;

/** An application as reviewers see it: the case, the facts, the rules met or not and the override reason. */
public record AwardDetails(CaseRecord caseRecord, AwardApplication application, Scheme scheme, String maskedName,
                           String maskedIdNumber, List<Child> children, List<RuleResult> rules) {
}
