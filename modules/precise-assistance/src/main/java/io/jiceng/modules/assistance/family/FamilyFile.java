package io.jiceng.modules.assistance.family;

import io.jiceng.platform.casework.CaseRecord;
import java.util.List;
import java.util.Optional;

/** Everything recorded for one household's case, step by step. */
public record FamilyFile(CaseRecord caseRecord, FamilyApplication application, List<Need> needs,
                         Optional<HelperTeam> team, List<CarePlan> plans, List<HomeVisit> visits,
                         List<Evaluation> evaluations) {

    public Optional<CarePlan> currentPlan() {
        return plans.isEmpty() ? Optional.empty() : Optional.of(plans.get(plans.size() - 1));
    }
}
