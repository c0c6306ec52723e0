package io.jiceng.platform.correction;

import io.jiceng.platform.casework.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The service task "更新居民档案": writes the approved correction into the resident record. */
@Component("residentCorrectionApplier")
public class ResidentCorrectionApplier implements JavaDelegate {

    private final CorrectionService corrections;

    public ResidentCorrectionApplier(CorrectionService corrections) {
        this.corrections = corrections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        corrections.apply(((Number) execution.getVariable(ProcessVariables.CASE_ID)).longValue());
    }
}
