package io.jiceng.modules.reachesin;

import io.jiceng.platform.casework.internal.CaseStatusChanges;
import io.jiceng.platform.casework.CaseStatus;

/**
 * A deliberately wrong module class (test fixture): it sets a case's status itself, which only the case's process
 * may do. {@code ModuleBoundariesTest} shows the rule catches it.
 */
public class MovesCaseStatus {

    private final CaseStatusChanges statusChanges;

    public MovesCaseStatus(CaseStatusChanges statusChanges) {
        this.statusChanges = statusChanges;
    }

    public void approve(long caseId) {
        statusChanges.moveTo(caseId, CaseStatus.APPROVED);
    }
}
