package io.jiceng.platform.casework.internal;

import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.casework.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Called from BPMN listeners so that the diagram says when a case changes status, e.g.
 * {@code <camunda:executionListener event="start" expression="${caseLifecycle.moveTo(execution, 'APPROVED')}"/>}.
 * The engine finds it by its bean name; module code has no business calling it.
 */
@Component("caseLifecycle")
public class CaseLifecycle {

    private final CaseStatusChanges statusChanges;

    public CaseLifecycle(CaseStatusChanges statusChanges) {
        this.statusChanges = statusChanges;
    }

    public void moveTo(DelegateExecution execution, String status) {
        Number caseId = (Number) execution.getVariable(ProcessVariables.CASE_ID);
        statusChanges.moveTo(caseId.longValue(), CaseStatus.valueOf(status));
    }
}
