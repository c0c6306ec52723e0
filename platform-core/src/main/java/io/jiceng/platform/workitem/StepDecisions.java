package io.jiceng.platform.workitem;

import io.jiceng.platform.casework.Decision;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * The decisions a user task offers, declared in the diagram as the extension property {@code decisions}
 * (for example {@code APPROVE,RETURN,REJECT}); a task without it offers APPROVE only.
 */
@Component
class StepDecisions {

    static final String PROPERTY = "decisions";

    private final RepositoryService repository;
    private final Map<String, List<Decision>> cache = new ConcurrentHashMap<>();

    StepDecisions(RepositoryService repository) {
        this.repository = repository;
    }

    List<Decision> of(String processDefinitionId, String taskDefinitionKey) {
        return cache.computeIfAbsent(processDefinitionId + "/" + taskDefinitionKey, key -> read(processDefinitionId, taskDefinitionKey));
    }

    private List<Decision> read(String processDefinitionId, String taskDefinitionKey) {
        UserTask task = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(taskDefinitionKey);
        if (task == null || task.getExtensionElements() == null) {
            return List.of(Decision.APPROVE);
        }
        return task.getExtensionElements().getElementsQuery().filterByType(
                        org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> PROPERTY.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst()
                .map(value -> Arrays.stream(value.split(",")).map(String::strip).map(Decision::valueOf).toList())
                .orElse(List.of(Decision.APPROVE));
    }
}
