package io.jiceng.modules.assistance.award;

import com.vaadin.flow.component.Component;
import io.jiceng.modules.assistance.PreciseAssistanceModule;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.module.CaseDetails;

/** On the platform's case page, an award application shows its facts, the rules met or not and any override. */
@org.springframework.stereotype.Component
class AwardCaseDetails implements CaseDetails {

    private final AwardService awards;

    AwardCaseDetails(AwardService awards) {
        this.awards = awards;
    }

    @Override
    public boolean handles(CaseRecord record) {
        return PreciseAssistanceModule.ID.equals(record.moduleId()) && PreciseAssistanceModule.AWARD.equals(record.caseType());
    }

    @Override
    public Component details(CaseRecord record, boolean identityRevealed) {
        AwardDetailsPanel panel = new AwardDetailsPanel(awards, false);
        panel.show(record.id());
        return panel;
    }
}
