package io.jiceng.platform.casework;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A deliberately wrong API class (test fixture): an engine callback in a published package, where module code
 * could call it. {@code PublishedApiTest} shows the rule catches it.
 */
public class CallsBackFromTheApi {

    public void moveTo(DelegateExecution execution, String status) {
        execution.setVariable("status", status);
    }
}
