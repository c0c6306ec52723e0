package io.jiceng.platform.workitem;

import java.time.Instant;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;

/** An open engine task as the inbox shows it: the step, who has it, when it is due, and its case. */
record OpenTask(String id, String name, String stepKey, String assignee, Instant createdAt, Instant dueAt,
                String processDefinitionId, String delegation, long caseId) {

    static OpenTask of(Task task, long caseId) {
        return new OpenTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getAssignee(),
                task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getProcessDefinitionId(), task.getDelegationState() == null ? null : task.getDelegationState().name(),
                caseId);
    }

    /** Delegated to its assignee for an opinion (委派), which sends it back to the delegator. */
    boolean awaitsDelegateOpinion() {
        return DelegationState.PENDING.name().equals(delegation);
    }
}
