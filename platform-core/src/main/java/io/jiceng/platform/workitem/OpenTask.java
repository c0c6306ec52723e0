package io.jiceng.platform.workitem;

import java.time.Instant;
import org.camunda.bpm.engine.task.DelegationState;

/**
 * An open engine task read together with its case: the step, who has it, when it is due, the case it works on, whether
 * it is offered to one of the roles of the user it was read for, and whether colleagues asked to co-sign it have not
 * signed yet.
 */
record OpenTask(String id, String name, String stepKey, String assignee, Instant createdAt, Instant dueAt,
                String processDefinitionId, DelegationState delegation, long caseId, String caseNo, String divisionCode,
                boolean offeredToReader, boolean awaitsCoSigners) {

    /** Delegated to its assignee for an opinion (委派), which sends it back to the delegator. */
    boolean awaitsDelegateOpinion() {
        return delegation == DelegationState.PENDING;
    }

    /** The step as people read it: its name, or its key where the diagram gives none. */
    String stepName() {
        return name == null ? stepKey : name;
    }
}
