package io.jiceng.platform.casework;

import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** The diagram of a case's process and where the case is in it. */
public record CaseProgress(BpmnModelInstance model, Set<String> activeActivityIds, Set<String> completedActivityIds) {
}
