package io.jiceng.platform.workitem;

import io.jiceng.platform.casework.Decision;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * What a user task declares in the diagram as extension properties: {@code decisions}, the decisions it offers
 * (for example {@code APPROVE,RETURN,REJECT}; without it APPROVE only), and {@code form=module}, a step that records
 * data on its module's own screen and so cannot be completed with a bare decision (inbox, batch approval, API);
 * {@code formTitle} names that screen by a message key of the module (e.g. {@code precise-assistance.family.file}),
 * so that whoever tries the inbox is told where to go.
 */
@Component
class StepDecisions {

    static final String DECISIONS = "decisions";
    static final String FORM = "form";
    static final String MODULE_FORM = "module";
    static final String FORM_TITLE = "formTitle";

    private final RepositoryService repository;
    private final Map<String, Map<String, String>> cache = new ConcurrentHashMap<>();

    StepDecisions(RepositoryService repository) {
        this.repository = repository;
    }

    List<Decision> of(String processDefinitionId, String taskDefinitionKey) {
        String value = properties(processDefinitionId, taskDefinitionKey).get(DECISIONS);
        return value == null ? List.of(Decision.APPROVE)
                : Arrays.stream(value.split(",")).map(String::strip).map(Decision::valueOf).toList();
    }

    boolean hasModuleForm(String processDefinitionId, String taskDefinitionKey) {
        return MODULE_FORM.equals(properties(processDefinitionId, taskDefinitionKey).get(FORM));
    }

    /** The message key of the module screen where the step is done, if the diagram names it. */
    Optional<String> moduleFormTitle(String processDefinitionId, String taskDefinitionKey) {
        return Optional.ofNullable(properties(processDefinitionId, taskDefinitionKey).get(FORM_TITLE));
    }

    private Map<String, String> properties(String processDefinitionId, String taskDefinitionKey) {
        return cache.computeIfAbsent(processDefinitionId + "/" + taskDefinitionKey, key -> read(processDefinitionId, taskDefinitionKey));
    }

    private Map<String, String> read(String processDefinitionId, String taskDefinitionKey) {
        UserTask task = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(taskDefinitionKey);
        if (task == null || task.getExtensionElements() == null) {
            return Map.of();
        }
        return task.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> property.getCamundaName() != null && property.getCamundaValue() != null)
                .collect(Collectors.toMap(CamundaProperty::getCamundaName, CamundaProperty::getCamundaValue, (first, second) -> first));
    }
}
