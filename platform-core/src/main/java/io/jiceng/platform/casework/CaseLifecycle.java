package io.jiceng.platform.casework;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Called from BPMN listeners so that the diagram says when a case changes status, e.g.
 * {@code <camunda:executionListener event="start" expression="${caseLifecycle.moveTo(execution, 'APPROVED')}"/>}.
 */
@Component("caseLifecycle")
public class CaseLifecycle {

    private final CaseService cases;

    public CaseLifecycle(CaseService cases) {
        this.cases = cases;
    }

    public void moveTo(DelegateExecution execution, String status) {
        Number caseId = (Number) execution.getVariable(ProcessVariables.CASE_ID);
        cases.moveTo(caseId.longValue(), CaseStatus.valueOf(status));
    }
}
